// origin: shape of a BullMQ embedding worker that sizes its fan-out from the CPU count (never a verbatim copy)
// category: queue-worker
// decorators: tc39
// expect: clean
// why: os.cpus().length only decides how many chunk requests run at once; every chunk is still sent and the vectors come back in input order, so the answer does not depend on it (principle 3: pool sizing).
import os from 'node:os';
import { Worker, type Job } from 'bullmq';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI();
const EMBEDDING_MODEL = 'text-embedding-3-small';
const CHUNK = 64;

async function inBatches<T, R>(items: T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, width) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  });
  await Promise.all(lanes);
  return out;
}

class DocumentEmbedder {
  /** Embeds a document's paragraphs; re-indexing the same document is common after edits elsewhere. */
  @memoize({ version: 'embed-v1', cost: 0.0001 })
  async embed(paragraphs: string[]): Promise<number[][]> {
    const chunks: string[][] = [];
    for (let i = 0; i < paragraphs.length; i += CHUNK) chunks.push(paragraphs.slice(i, i + CHUNK));
    const parallel = Math.min(8, os.cpus().length);
    const results = await inBatches(chunks, parallel, async (chunk) => {
      const res = await openai.embeddings.create({ model: EMBEDDING_MODEL, input: chunk });
      return res.data.sort((a, b) => a.index - b.index).map((d) => d.embedding);
    });
    return results.flat();
  }
}

const embedder = new DocumentEmbedder();

export const worker = new Worker<{ docId: string; paragraphs: string[] }, number>(
  'embed-documents',
  async (job: Job<{ docId: string; paragraphs: string[] }, number>) => {
    const vectors = await embedder.embed(job.data.paragraphs);
    await job.updateProgress(100);
    return vectors.length;
  },
  { concurrency: 2 },
);
