import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, formatFailure } from '../format-diagnostic';
import { SourceHosts } from './host-registry';

const TYPESCRIPT_FILE = /\.(?:[mc]?ts|tsx)$/;
let hosts: SourceHosts | undefined;
const warned = new Set<string>();

interface LoadResult {
  readonly format?: string | null;
  readonly source?: string | ArrayBuffer | Uint8Array | null;
  readonly shortCircuit?: boolean;
}
type NextLoad = (url: string, context?: Record<string, unknown>) => Promise<LoadResult>;

/** Node's `load` hook: the TypeScript source with its plans, handed on to the next loader (tsx, type stripping). */
export async function load(url: string, context: Record<string, unknown>, nextLoad: NextLoad): Promise<LoadResult> {
  const loaded = await nextLoad(url, context);
  if (!url.startsWith('file:') || loaded.source === undefined || loaded.source === null) return loaded;
  const file = fileURLToPath(url);
  if (!TYPESCRIPT_FILE.test(file) || file.includes(`${path.sep}node_modules${path.sep}`)) return loaded;
  const text =
    typeof loaded.source === 'string' ? loaded.source : Buffer.from(loaded.source as Uint8Array).toString('utf8');
  hosts ??= new SourceHosts({ root: process.cwd() });
  const host = hosts.hostFor(file);
  const result = host.transform(file, text);
  for (const warning of result.warnings) {
    const line = formatDiagnostic(warning);
    if (!warned.has(line)) process.stderr.write(`${line}\n`);
    warned.add(line);
  }
  if (result.errors.length > 0) {
    throw new Error(formatFailure(result.errors, file));
  }
  return result.changed ? { ...loaded, source: result.code } : loaded;
}
