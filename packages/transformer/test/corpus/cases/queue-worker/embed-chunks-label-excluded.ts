// origin: shape of a BullMQ indexing worker that embeds chunks in parallel, with the per-run log label excluded from the key
// category: queue-worker
// decorators: tc39
// expect: clean
// why: the per-run label (built from createId()) reaches only a parameter excluded with @excludeFromKey and used only in a log line.
import { Worker } from 'bullmq';
import { createId } from '@paralleldrive/cuid2';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

export interface ReindexJobData {
  documentId: string;
  chunks: string[];
}

const CHUNK_EMBEDDING_MODEL = 'text-embedding-3-small';

export class PassageEmbedder {
  constructor(private readonly openai: OpenAI) {}

  /**
   * Embedding vector of one passage.
   * @excludeFromKey label log correlation only, never sent upstream
   */
  @memoize({ version: 'passage-embed-v1', cost: 0.00002 })
  async embedPassage(text: string, label: string): Promise<number[]> {
    console.debug(`[embed ${label}] ${text.length} chars`);
    const res = await this.openai.embeddings.create({ model: CHUNK_EMBEDDING_MODEL, input: text });
    return res.data[0]?.embedding ?? [];
  }
}

export function startReindexWorker(embedder: PassageEmbedder): Worker<ReindexJobData> {
  return new Worker<ReindexJobData>(
    'reindex-documents',
    async (job) => {
      const run = createId();
      const vectors = await Promise.all(
        job.data.chunks.map((chunk, i) => embedder.embedPassage(chunk, `${run}:${i}`)),
      );
      await job.log(`run ${run}: embedded ${vectors.length} chunks of ${job.data.documentId}`);
      return { documentId: job.data.documentId, dimensions: vectors[0]?.length ?? 0 };
    },
    { concurrency: 4 },
  );
}
