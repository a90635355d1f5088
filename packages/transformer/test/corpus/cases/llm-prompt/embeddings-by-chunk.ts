// origin: shape of a RAG ingestion service embedding document chunks (embeddings keyed by model and text, the document id excluded: provenance only)
// category: llm-prompt
// decorators: legacy
// expect: clean
import OpenAI from 'openai';
import { memoize, notKey } from 'keyproof';

export interface Chunk { docId: string; index: number; text: string }
const EMBEDDING_MODEL = 'text-embedding-3-small';

export class Embedder {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ ttl: '365d', cost: 0.00002 })
  async embed(@notKey('provenance only: identical chunks of different documents share an embedding') docId: string, text: string): Promise<number[]> {
    const res = await this.openai.embeddings.create({ model: EMBEDDING_MODEL, input: text.replace(/\s+/g, ' ').trim() });
    return res.data[0]?.embedding ?? [];
  }

  async embedAll(chunks: readonly Chunk[]): Promise<number[][]> {
    const out: number[][] = [];
    for (const chunk of chunks) out.push(await this.embed(chunk.docId, chunk.text));
    return out;
  }
}
