// origin: shape of a document-summary consumer: an async helper starts a run (returning a fresh run id), the id is destructured after await and passed on to the memoised summariser
// category: queue-worker
// decorators: tc39
// expect: KP91020 runId
import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { memoize } from 'keyproof';

interface Llm { complete(prompt: string, tags: Record<string, string>): Promise<string> }
interface Runs { insert(row: { id: string; docId: string; startedAt: string }): Promise<void> }

export class DocumentSummaries {
  constructor(private readonly llm: Llm, private readonly runs: Runs) {}

  @memoize({ ttl: '30d', cost: 0.01 })
  async summarise(docId: string, text: string, runId: string): Promise<string> {
    return this.llm.complete(`Summarise in five bullet points:\n\n${text}`, { run: runId, doc: docId });
  }

  private async startRun(docId: string): Promise<{ runId: string; startedAt: string }> {
    const run = { runId: randomUUID(), startedAt: new Date().toISOString() };
    await this.runs.insert({ id: run.runId, docId, startedAt: run.startedAt });
    return run;
  }

  async process(job: Job<{ docId: string; text: string }>): Promise<string> {
    const { runId } = await this.startRun(job.data.docId);
    return this.summarise(job.data.docId, job.data.text, runId);
  }
}
