// origin: review probe: a converter configured from process.env whose convert() answer is discarded, the output file it writes then read and returned (answerDiscarded)
// category: image-pipeline
// decorators: tc39
// expect: KP91044|KP91046 JPEG_QUALITY
// why: the quality the converter was built with decides the bytes it writes, which the body reads back and returns, so configuration shapes the answer even though convert()'s own return value is thrown away (principle 2).
import { readFile, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { memoize } from 'keyproof';

const run = promisify(execFile);

class JpegConverter {
  constructor(private readonly options: { quality: number }) {}
  async convert(input: string, output: string): Promise<void> {
    await run('cjpeg', ['-quality', String(this.options.quality), '-outfile', output, input]);
  }
}

const converter = new JpegConverter({ quality: Number(process.env.JPEG_QUALITY ?? 80) });

export class Thumbnails {
  @memoize({ version: 'thumb-jpeg-v1', ttl: '30d', cost: 0.01 })
  async jpeg(sourcePath: string, name: string): Promise<Buffer> {
    const out = `/var/cache/thumbs/${name}.jpg`;
    await writeFile(`${out}.lock`, '');
    await converter.convert(sourcePath, out);
    return readFile(out);
  }
}
