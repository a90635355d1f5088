import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The original `file:line` of a position in emitted JavaScript, from the source map beside it
 * (`x.js.map`, or the file's `sourceMappingURL`), for messages raised while a module loads
 * (Node maps stacks itself only under --enable-source-maps). Undefined without a usable map.
 */
export function originalPosition(
  file: string,
  line: number,
  column: number,
): { file: string; line: number } | undefined {
  try {
    const mapFile = mapPathOf(file);
    if (mapFile === undefined) return undefined;
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as {
      sources?: string[];
      sourceRoot?: string;
      mappings?: string;
    };
    if (!map.sources || typeof map.mappings !== 'string') return undefined;
    let source = 0;
    let originalLine = 0;
    const lines = map.mappings.split(';');
    let best: { source: number; line: number } | undefined;
    for (let l = 0; l < lines.length && l < line; l++) {
      let generatedColumn = 0;
      for (const segment of lines[l]!.split(',')) {
        if (segment === '') continue;
        const fields = decodeVlq(segment);
        generatedColumn += fields[0] ?? 0;
        if (fields.length < 4) continue;
        source += fields[1]!;
        originalLine += fields[2]!;
        if (l === line - 1 && (best === undefined || generatedColumn <= column - 1))
          best = { source, line: originalLine };
      }
    }
    if (best === undefined || map.sources[best.source] === undefined) return undefined;
    return { file: resolve(dirname(mapFile), map.sourceRoot ?? '', map.sources[best.source]!), line: best.line + 1 };
  } catch {
    return undefined; // a map that cannot be read: the emitted position is still right
  }
}

function mapPathOf(file: string): string | undefined {
  if (existsSync(`${file}.map`)) return `${file}.map`;
  const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(file, 'utf8'))?.[1];
  if (url === undefined || url.startsWith('data:')) return undefined;
  const path = resolve(dirname(file), url);
  return existsSync(path) ? path : undefined;
}

function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = B64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}
