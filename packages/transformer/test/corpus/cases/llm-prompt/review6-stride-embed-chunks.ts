// origin: review probe: chunk-then-embed with the chunk width from configuration, one vector per chunk returned
// category: llm-prompt
// decorators: legacy
// expect: KP91040 chunkSize
// why: the vectors returned are of chunks of chunkSize characters; another width gives other vectors and another number of them (principle 2: a size, not a stride).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export class DocumentEmbedder {
  private readonly chunkSize: number;
  constructor(private readonly openai: OpenAI, settings: { chunkSize: number }) {
    this.chunkSize = settings.chunkSize;
  }

  @memoize({ version: 'embed-v1', ttl: '30d', cost: 0.001 })
  async embed(doc: string): Promise<number[][]> {
    const vectors: number[][] = [];
    for (let off = 0; off < doc.length; off += this.chunkSize) {
      const res = await this.openai.embeddings.create({ model: 'text-embedding-3-small', input: doc.slice(off, off + this.chunkSize) });
      vectors.push(res.data[0]!.embedding);
    }
    return vectors;
  }
}
