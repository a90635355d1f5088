// origin: shape of an Express service forwarding correlation ids through AsyncLocalStorage (never a verbatim copy)
// category: express-handler
// decorators: tc39
// expect: clean
// why: the store only carries the request id, which travels as a correlation header and never changes the answer (principle 3 / headers that travel); the project key is a parameter, hence in the key.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { memoize } from 'keyproof';

interface TraceContext {
  requestId: string;
}

export const traceContext = new AsyncLocalStorage<TraceContext>();

export function traceMiddleware(req: Request, _res: Response, next: NextFunction): void {
  traceContext.run({ requestId: req.header('x-request-id') ?? req.id ?? '' }, () => next());
}

export interface FunnelStep {
  event: string;
  users: number;
}

const ANALYTICS_URL = 'https://analytics.internal.example.com/api/funnels';

/** Conversion funnel of one project for a list of events over the last `days` days. */
export const funnel = memoize(
  async function funnel(projectKey: string, events: string[], days: number): Promise<FunnelStep[]> {
    // Lets the vendor's support find our call in their logs.
    const requestId = traceContext.getStore()?.requestId ?? '';
    const res = await fetch(ANALYTICS_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-project-key': projectKey, 'x-correlation-id': requestId },
      body: JSON.stringify({ events, window: `${days}d` }),
    });
    const body = (await res.json()) as { steps: FunnelStep[] };
    return body.steps;
  },
  { version: 'funnel-v1', ttl: '5m', cost: 0.002 },
);

export async function funnelRoute(req: Request<Record<string, string>, { events: string[]; days?: number }>, res: Response): Promise<void> {
  res.json(await funnel(req.header('x-project-key') ?? '', req.body.events, req.body.days ?? 30));
}
