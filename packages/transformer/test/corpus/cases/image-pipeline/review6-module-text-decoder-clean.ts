// origin: review probe: a module-level TextDecoder whose encoding label is sent as the declared charset of an OCR request
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: the decoder is built once from a literal and its encoding never changes (nothing more).
import { memoize } from 'keyproof';

const utf8 = new TextDecoder('utf-8');

export const ocr = memoize(
  async function ocr(image: Uint8Array): Promise<string> {
    const res = await fetch(`https://ocr.internal/v1/read?charset=${utf8.encoding}`, { method: 'POST', body: image });
    return utf8.decode(new Uint8Array(await res.arrayBuffer()));
  },
  { version: 'ocr-v1', ttl: '30d' },
);
