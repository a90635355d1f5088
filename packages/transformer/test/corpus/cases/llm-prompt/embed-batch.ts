// origin: shape of a corpus embedding function with an admin-tunable request batch size (never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the module `let` batch size only splits the same inputs into requests and the vectors come back in input order whatever its value, so it is a stride that needs no decision (principle 3).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const MODEL = 'text-embedding-3-small';
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

// Tuned from the admin console: large batches hit the request-size limit on long documents.
let embedBatchSize = 64;
export function setEmbedBatchSize(size: number): void {
  embedBatchSize = Math.min(2048, Math.max(1, size));
}

async function inBatches<T, R>(items: T[], size: number, each: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    out.push(...(await each(items.slice(start, start + size))));
  }
  return out;
}

/** One vector per paragraph, in paragraph order. */
export const embedParagraphs = memoize(
  async function embedParagraphs(paragraphs: string[]): Promise<number[][]> {
    return inBatches(paragraphs, embedBatchSize, async (batch) => {
      const res = await openai.embeddings.create({ model: MODEL, input: batch });
      return [...res.data].sort((a, b) => a.index - b.index).map((item) => item.embedding);
    });
  },
  { version: 'embed-v1', ttl: '90d', cost: 0.0001 },
);
