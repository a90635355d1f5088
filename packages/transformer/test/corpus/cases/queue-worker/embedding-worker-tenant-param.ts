// origin: shape of a multi-tenant BullMQ embedding worker in front of a paid embeddings API (never a verbatim copy)
// category: queue-worker
// decorators: tc39
// expect: clean
// why: the tenant travels as an explicit key parameter, while the job id (excluded), the attempt number and the env concurrency only label, log or schedule the work (principles 1 and 3).
import { Worker, type Job } from 'bullmq';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

interface EmbedJob { tenantId: string; documentId: string; chunks: string[] }

const EMBEDDING_MODEL = 'text-embedding-3-small';
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

class ChunkEmbedder {
  /**
   * Embeds one chunk. The tenant is part of the key so tenants never share vectors,
   * even for identical text (their retention rules differ).
   * @excludeFromKey jobId queue bookkeeping; only appears in the log line
   */
  @memoize({ version: 'embed-v1', ttl: '90d', cost: 0.00002 })
  async embed(jobId: string, tenantId: string, chunk: string): Promise<number[]> {
    const res = await openai.embeddings.create({ model: EMBEDDING_MODEL, input: chunk });
    console.log(`job ${jobId} tenant ${tenantId}: embedded ${chunk.length} chars`);
    return res.data[0]?.embedding ?? [];
  }
}

const embedder = new ChunkEmbedder();

export const worker = new Worker<EmbedJob, number>(
  'embeddings',
  async (job: Job<EmbedJob, number>) => {
    if (job.attemptsMade > 0) await job.log(`retry #${job.attemptsMade} for ${job.data.documentId}`);
    let done = 0;
    for (const chunk of job.data.chunks) {
      await embedder.embed(job.id ?? 'adhoc', job.data.tenantId, chunk);
      done++;
      await job.updateProgress(Math.round((done / job.data.chunks.length) * 100));
    }
    return done;
  },
  { concurrency: Number(process.env.EMBED_CONCURRENCY ?? 8) },
);
