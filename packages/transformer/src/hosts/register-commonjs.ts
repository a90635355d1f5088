import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import { formatDiagnostic, formatFailure } from '../format-diagnostic';
import type { SourceHosts } from './host-registry';
import { planJavaScript } from './plan-emitted';

const TYPESCRIPT_FILE = /\.(?:[mc]?ts|tsx)$/;
const MENTIONS = /memoize|keyproof|cacheKey|notKey/;

interface CompilingModule {
  _compile(content: string, filename: string): unknown;
}

/**
 * CommonJS under tsx: tsx compiles a required `.ts` file itself and hands the JavaScript to
 * `module._compile`, past Node's module hooks. Here the TypeScript source on disk is analysed
 * and the plans are added to that JavaScript (the n-th `memoize` gets the n-th plan, as for
 * TypeScript 7's output); a file whose `memoize` calls cannot be matched is left unplanned
 * and reported (its methods then throw MissingPlanError).
 */
export function planCommonJs(hosts: () => SourceHosts, report: (line: string) => void): void {
  const prototype = (Module as unknown as { prototype: CompilingModule }).prototype;
  const compile = prototype._compile;
  prototype._compile = function (this: CompilingModule, content: string, filename: string): unknown {
    if (
      TYPESCRIPT_FILE.test(filename) &&
      !filename.includes(`${path.sep}node_modules${path.sep}`) &&
      MENTIONS.test(content)
    ) {
      content = plan(hosts(), filename, content, report);
    }
    return compile.call(this, content, filename);
  };
}

function plan(hosts: SourceHosts, filename: string, content: string, report: (line: string) => void): string {
  const host = hosts.hostFor(filename);
  const analysed = host.analyse(filename, fs.readFileSync(filename, 'utf8'));
  if (analysed === undefined) return content;
  for (const warning of analysed.warnings) report(formatDiagnostic(warning));
  if (analysed.errors.length > 0) {
    throw new Error(formatFailure(analysed.errors, filename));
  }
  if (analysed.plans.length === 0) return content;
  const planned = planJavaScript(host.ts, analysed.sourceFile, analysed.plans, filename, content);
  if (typeof planned === 'string') {
    report(`keyproof: ${path.relative(process.cwd(), filename)}: ${planned}`);
    return content;
  }
  return planned.code;
}
