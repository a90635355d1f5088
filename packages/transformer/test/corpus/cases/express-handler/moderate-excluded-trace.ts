// origin: shape of an Express comment-moderation handler that threads a trace id into the moderation client for its logs
// category: express-handler
// decorators: tc39
// expect: clean
// why: the per-call trace id reaches the method through .then(), but only into a parameter excluded with a reason and used only for logging
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

interface Verdict {
  flagged: boolean;
  categories: string[];
}

interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
}

export class ModerationService {
  constructor(private readonly openai: OpenAI, private readonly log: Logger) {}

  /**
   * Classify a comment. Verdicts are shared by every request that posts the same text.
   * @excludeFromKey traceId correlation id for logs only, new on every request
   */
  @memoize({ version: 'mod-v2', ttl: '30d', cost: 0.0008 })
  async classify(text: string, traceId: string): Promise<Verdict> {
    this.log.info('moderation upstream', { traceId, length: text.length });
    const out = await this.openai.post<{ results: Verdict[] }>('/moderations', { body: { input: text } });
    const first = out.results[0];
    return { flagged: first?.flagged ?? false, categories: first?.categories ?? [] };
  }
}

export function moderationRoute(service: ModerationService) {
  return async (req: Request<Record<string, string>, { text: string }>, res: Response): Promise<void> => {
    await Promise.resolve(req.header('x-trace-id') ?? randomUUID())
      .then((traceId) => service.classify(req.body.text.trim(), traceId))
      .then((verdict) => res.status(verdict.flagged ? 422 : 200).json(verdict));
  };
}
