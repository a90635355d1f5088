// origin: shape of a moderation worker that threads a start timestamp through a Promise chain into the classifier options
// category: queue-worker
// decorators: tc39
// expect: KP* startedAt|opts
// why: process.hrtime's reading travels through .then into an options object that is a keyed parameter: a per-call value in the key
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface ModerationApi {
  classify(input: string): Promise<{ flagged: boolean; categories: string[] }>;
}

interface ClassifyOptions {
  strict: boolean;
  startedAt: bigint;
}

export class Moderator {
  constructor(private readonly api: ModerationApi) {}

  @memoize({ version: 'mod-v2', ttl: '30d', cost: 0.0005 })
  async classify(text: string, opts: ClassifyOptions): Promise<{ flagged: boolean; categories: string[] }> {
    const verdict = await this.api.classify(text);
    const flagged = opts.strict ? verdict.categories.length > 0 : verdict.flagged;
    const elapsed = process.hrtime.bigint() - opts.startedAt;
    if (elapsed > 2_000_000_000n) console.warn('slow moderation');
    return { flagged, categories: verdict.categories };
  }
}

async function loadComment(id: string): Promise<{ body: string; channel: string }> {
  const res = await fetch(`https://comments.internal/${id}`);
  return (await res.json()) as { body: string; channel: string };
}

export function start(moderator: Moderator) {
  return new Worker<{ commentId: string }>('moderate', (job: Job<{ commentId: string }>) => {
    const startedAt = process.hrtime.bigint();
    return loadComment(job.data.commentId)
      .then((comment) => ({ text: comment.body, opts: { strict: comment.channel === 'kids', startedAt } }))
      .then(({ text, opts }) => moderator.classify(text, opts));
  });
}
