// origin: shape of an image captioning function that hashes its input and logs verbosely when an env flag is set (your own writing)
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: `process.env.CAPTION_DEBUG` is read only to decide whether to log; the hash is derived from the key parameter; the client is built from constants
import { createHash } from 'node:crypto';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI({ baseURL: 'https://api.openai.com/v1' });
const CAPTION_MODEL = 'gpt-4o';

export const caption = memoize(
  async function caption(image: Uint8Array, maxWords: number): Promise<{ sha: string; caption: string }> {
    const sha = createHash('sha256').update(image).digest('hex');
    if (process.env.CAPTION_DEBUG === '1') console.debug(`caption ${sha.slice(0, 12)} (${image.byteLength} bytes)`);
    const dataUrl = `data:image/png;base64,${Buffer.from(image).toString('base64')}`;
    const completion = await openai.chat.completions.create({
      model: CAPTION_MODEL,
      max_tokens: maxWords * 2,
      messages: [{ role: 'user', content: `Caption this image in at most ${maxWords} words: ${dataUrl}` }],
    });
    return { sha, caption: completion.choices[0]?.message.content?.trim() ?? '' };
  },
  { ttl: '365d', cost: 0.003 },
);
