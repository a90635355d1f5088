// origin: shape of an image-captioning function memoised at module level returning tags as a Set and the capture date as a Date
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: the image bytes are the key; Set, Date and plain strings round-trip through the store; the client and model are constants
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const VISION_MODEL = 'gpt-4o-mini';
const openai = new OpenAI();

export interface ImageDescription {
  caption: string;
  tags: Set<string>;
  describedOn: Date;
}

export const describe = memoize(
  async function describe(image: Uint8Array, exifDate: string | null): Promise<ImageDescription> {
    const b64 = Buffer.from(image).toString('base64');
    const res = await openai.chat.completions.create({
      model: VISION_MODEL,
      messages: [
        { role: 'system', content: 'Caption the image, then list up to 8 tags after a line "TAGS:".' },
        { role: 'user', content: `data:image/jpeg;base64,${b64}` },
      ],
    });
    const [caption = '', tagLine = ''] = (res.choices[0]?.message.content ?? '').split('TAGS:');
    return {
      caption: caption.trim(),
      tags: new Set(tagLine.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean)),
      describedOn: exifDate ? new Date(exifDate) : new Date(0),
    };
  },
  { cost: 0.01 },
);
