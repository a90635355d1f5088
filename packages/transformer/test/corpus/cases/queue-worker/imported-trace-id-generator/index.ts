// origin: shape of a localisation queue worker that imports a nanoid-based trace-id generator and passes a fresh id to the memoised translate
// category: queue-worker
// decorators: tc39
// expect: KP* traceId
// why: nextTraceId(), an imported id generator, produces a fresh value per call that the worker passes into translate's keyed traceId parameter (nothing more, across modules)
import type { Job } from 'bullmq';
import { nextTraceId } from './ids';
import { translate } from './translate';

export async function processStrings(job: Job<{ strings: string[]; target: string }>): Promise<string[]> {
  const out: string[] = [];
  for (const s of job.data.strings) {
    out.push(await translate(s, job.data.target, nextTraceId()));
  }
  await job.updateProgress(100);
  return out;
}
