// origin: shape of a NestJS embedding service whose upstream calls go through a traced(fn) higher-order wrapper (never a verbatim copy)
// category: nest-service
// decorators: tc39
// expect: clean
// why: traced() reads the clock and steps a module counter, but only for span names, durations and a gauge; what is sent upstream and returned comes from the key parameters and a module constant (principles 1, 3 and 5).
import { Injectable, Logger } from '@nestjs/common';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const EMBEDDING_MODEL = 'text-embedding-3-small';
const logger = new Logger('tracing');

let inFlight = 0;

/** Wraps an async call in a poor man's span: name, duration, concurrent calls. */
function traced<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const spanId = `${name}-${Date.now().toString(36)}`;
    const started = performance.now();
    inFlight++;
    try {
      return await fn(...args);
    } finally {
      inFlight--;
      logger.debug(`${spanId} ${(performance.now() - started).toFixed(1)}ms (in flight: ${inFlight})`);
    }
  };
}

@Injectable()
export class EmbeddingService {
  private readonly embed = traced('openai.embeddings', (input: string[]) =>
    this.openai.embeddings.create({ model: EMBEDDING_MODEL, input }),
  );

  constructor(private readonly openai: OpenAI) {}

  /** Embeddings for a batch of chunks; re-indexing the same document costs nothing. */
  @memoize({ version: 'embed-3-small-v1', cost: 0.00002 })
  async embedChunks(chunks: readonly string[]): Promise<number[][]> {
    const { data } = await this.embed(chunks.map((c) => c.replace(/\s+/g, ' ').trim()));
    return data.sort((a, b) => a.index - b.index).map((d) => d.embedding);
  }
}
