// origin: shape of a batch thumbnail CLI that parses process.argv at load and calls a paid resize API (never a verbatim copy)
// category: image-pipeline
// decorators: tc39
// expect: KP91046 flags
// why: `flags` is parsed from process.argv when the module loads, and its quality and format go into the upstream request; running with another --quality would be served the old thumbnails (principle 2).
import { parseArgs } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createHash } from 'node:crypto';
import { memoize } from 'keyproof';

const { values: flags, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    quality: { type: 'string', default: '82' },
    format: { type: 'string', default: 'webp' },
    out: { type: 'string', default: './thumbs' },
  },
});

const RESIZE_URL = 'https://img-api.example.com/v1/resize';

export class Thumbnailer {
  constructor(private readonly apiKey: string) {}

  /** @excludeFromKey bytes identified by sha256 */
  @memoize({ version: 'thumb-v2', cost: 0.002 })
  async thumbnail(sha256: string, bytes: Uint8Array, width: number): Promise<Uint8Array> {
    const form = new FormData();
    form.set('image', new Blob([bytes]));
    form.set('width', String(width));
    form.set('quality', flags.quality ?? '82');
    form.set('format', flags.format ?? 'webp');
    const res = await fetch(RESIZE_URL, { method: 'POST', body: form, headers: { 'x-api-key': this.apiKey } });
    if (!res.ok) throw new Error(`resize ${sha256.slice(0, 8)}: ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }
}

async function main(): Promise<void> {
  const thumbs = new Thumbnailer(process.env.IMG_API_KEY ?? '');
  for (const file of positionals) {
    const bytes = await readFile(file);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const out = await thumbs.thumbnail(sha, bytes, 320);
    await writeFile(join(flags.out ?? './thumbs', `${basename(file)}.${flags.format}`), out);
  }
}

void main();
