// origin: review probe: a helper makes a fresh temp path with randomUUID(); the body writes, converts and reads the file back, returning its bytes (per-call value made by a called function)
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: the temp path is only where the work happens; the returned bytes are the same whatever the path was (no per-call value in the answer).
import { randomUUID } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { memoize } from 'keyproof';

const run = promisify(execFile);

function scratchPath(ext: string): string {
  return join(tmpdir(), `${randomUUID()}.${ext}`);
}

export class Rasteriser {
  @memoize({ version: 'svg-png-v1', ttl: '30d', cost: 0.02 })
  async png(svg: string, width: number): Promise<Buffer> {
    const input = scratchPath('svg');
    const output = scratchPath('png');
    await writeFile(input, svg);
    await run('rsvg-convert', ['-w', String(width), '-o', output, input]);
    const bytes = await readFile(output);
    await rm(input, { force: true });
    await rm(output, { force: true });
    return bytes;
  }
}
