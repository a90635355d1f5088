// origin: shape of a NestJS document embedder that assigns chunk ids from an injected, app-wide counter before sending the chunks to the embeddings API (own writing)
// category: llm-prompt
// decorators: legacy
// expect: KP* chunks|issued
// why: the arrow in `paragraphs.map(...)` uses the value of `this.counter.issued++` (a shared, injected object that outlives the call) as `chunkId`, so the keyed `chunks` array carries ids that are new on every call.
import { Inject, Injectable } from '@nestjs/common';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export const CHUNK_COUNTER = Symbol('CHUNK_COUNTER');

export interface ChunkCounter {
  issued: number;
}

export interface ChunkInput {
  chunkId: number;
  body: string;
}

export interface ChunkVector {
  chunkId: number;
  vector: number[];
}

@Injectable()
export class DocumentEmbedder {
  constructor(
    private readonly openai: OpenAI,
    @Inject(CHUNK_COUNTER) private readonly counter: ChunkCounter,
  ) {}

  async embedDocument(text: string): Promise<ChunkVector[]> {
    const paragraphs = text
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    const chunks = paragraphs.map((body) => ({ chunkId: this.counter.issued++, body }));
    return this.embedChunks(chunks);
  }

  @memoize({ version: 'text-embedding-3-small', ttl: '180d', cost: 0.0001 })
  async embedChunks(chunks: ChunkInput[]): Promise<ChunkVector[]> {
    const res = await this.openai.embeddings.create({
      model: 'text-embedding-3-small',
      input: chunks.map((c) => c.body),
    });
    return res.data.map((e) => ({ chunkId: chunks[e.index]?.chunkId ?? -1, vector: e.embedding }));
  }
}
