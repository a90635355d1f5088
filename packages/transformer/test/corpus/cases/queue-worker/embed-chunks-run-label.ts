// origin: shape of a BullMQ indexing worker that embeds a document's chunks in parallel and tags each call with a run label for its logs
// category: queue-worker
// decorators: tc39
// expect: KP* label|createId
// why: each call's `label` is `${run}:${i}` with run = createId(), a fresh id per job, and `label` is a key parameter because nothing excludes it.
import { Worker } from 'bullmq';
import { createId } from '@paralleldrive/cuid2';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export interface IndexJobData {
  documentId: string;
  chunks: string[];
}

const EMBEDDING_MODEL = 'text-embedding-3-small';

export class ChunkEmbedder {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ version: 'chunk-embed-v1', cost: 0.00002 })
  async embedChunk(text: string, label: string): Promise<number[]> {
    console.debug(`[embed ${label}] ${text.length} chars`);
    const res = await this.openai.embeddings.create({ model: EMBEDDING_MODEL, input: text });
    return res.data[0]?.embedding ?? [];
  }
}

export function startIndexWorker(embedder: ChunkEmbedder): Worker<IndexJobData> {
  return new Worker<IndexJobData>(
    'index-documents',
    async (job) => {
      const run = createId();
      const vectors = await Promise.all(
        job.data.chunks.map((chunk, i) => embedder.embedChunk(chunk, `${run}:${i}`)),
      );
      await job.log(`run ${run}: embedded ${vectors.length} chunks of ${job.data.documentId}`);
      return { documentId: job.data.documentId, dimensions: vectors[0]?.length ?? 0 };
    },
    { concurrency: 4 },
  );
}
