// origin: review probe: texts embedded in batches of a configured size, the vectors gathered with a spread, and the number of batches returned beside them
// category: llm-prompt
// decorators: tc39
// expect: KP91044 EMBED_BATCH
// why: the answer reports how many requests were made, which the width decides (principle 2).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const EMBED_BATCH = Number(process.env.EMBED_BATCH ?? 64);

export const embedAll = memoize(
  async function embedAll(texts: string[]): Promise<{ vectors: number[][]; requests: number }> {
    const vectors: number[][] = [];
    let requests = 0;
    for (let i = 0; i < texts.length; i += EMBED_BATCH) {
      const res = await openai.embeddings.create({ model: 'text-embedding-3-small', input: texts.slice(i, i + EMBED_BATCH) });
      vectors.push(...res.data.map((d) => d.embedding));
      requests++;
    }
    return { vectors, requests };
  },
  { version: 'embed-all-v1', ttl: '7d' },
);
