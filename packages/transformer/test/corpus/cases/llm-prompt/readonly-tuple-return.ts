// origin: shape of an embedding helper returning a readonly tuple of vector and token count
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: a readonly tuple of plain data (number array, number) round-trips through the store
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI();
const EMBEDDING_MODEL = 'text-embedding-3-small';

function approxTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export class Embedder {
  @memoize({ version: 'emb-v1', ttl: '365d', cost: 0.00002 })
  async embed(text: string): Promise<readonly [vector: readonly number[], tokens: number]> {
    const input = text.replace(/\s+/g, ' ').trim();
    const res = await openai.embeddings.create({ model: EMBEDDING_MODEL, input });
    const vector = res.data[0]?.embedding ?? [];
    return [vector, approxTokens(input)] as const;
  }
}
