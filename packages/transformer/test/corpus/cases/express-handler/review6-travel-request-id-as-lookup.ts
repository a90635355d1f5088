// origin: review probe: a memoised replay lookup whose stored response is found by the request's Idempotency-Key header
// category: express-handler
// decorators: tc39
// expect: KP91046 req
// why: the key header picks which stored response comes back, so two requests with different keys share one answer (principle 2: here the header is what is asked).
import type { Request } from 'express';
import { memoize } from 'keyproof';

export function replayFor(req: Request) {
  return memoize(
    async function replay(route: string): Promise<unknown> {
      const res = await fetch(`https://idem.internal/v1/responses/${route}/${req.header('idempotency-key') ?? 'none'}`);
      return res.json();
    },
    { version: 'replay-v1', ttl: '1d' },
  );
}
