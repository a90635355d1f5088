// origin: review probe: a watermark client configured with the brand text from process.env; apply() writes into the buffer it is given and its answer is discarded, the buffer returned (answerDiscarded)
// category: image-pipeline
// decorators: legacy
// expect: KP91044|KP91046 WATERMARK_TEXT
// why: the configured text is drawn into the bytes the body returns, so configuration shapes the answer though apply()'s result is thrown away (principle 2).
import { Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';

class Watermarker {
  constructor(private readonly options: { text: string; opacity: number }) {}
  async apply(pixels: Uint8Array, width: number): Promise<number> {
    const mark = Buffer.from(this.options.text);
    for (let i = 0; i < mark.length && i < width; i++) pixels[i] = mark[i]! & Math.round(255 * this.options.opacity);
    return mark.length;
  }
}

const watermark = new Watermarker({ text: process.env.WATERMARK_TEXT ?? 'ACME', opacity: 0.4 });

@Injectable()
export class Previews {
  @memoize({ version: 'preview-v1', ttl: '7d', cost: 0.004 })
  async preview(url: string, width: number): Promise<Uint8Array> {
    const res = await fetch(`${url}?w=${width}`);
    const pixels = new Uint8Array(await res.arrayBuffer());
    await watermark.apply(pixels, width);
    return pixels;
  }
}
