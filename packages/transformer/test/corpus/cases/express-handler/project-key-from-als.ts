// origin: shape of a multi-tenant analytics proxy keeping the caller's project in AsyncLocalStorage (never a verbatim copy)
// category: express-handler
// decorators: tc39
// expect: KP91046 tenantContext
// why: the project API key taken from the request picks which project's events the vendor aggregates, so the AsyncLocalStorage store reaches the upstream request with no decision (principle 2); a "key" that selects data, not a credential.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { memoize } from 'keyproof';

interface TenantContext {
  projectKey: string;
  requestId: string;
}

export const tenantContext = new AsyncLocalStorage<TenantContext>();

export function tenantMiddleware(req: Request, _res: Response, next: NextFunction): void {
  const projectKey = req.header('x-project-key') ?? '';
  const requestId = req.header('x-request-id') ?? req.id ?? '';
  tenantContext.run({ projectKey, requestId }, () => next());
}

export interface FunnelStep {
  event: string;
  users: number;
}

const ANALYTICS_URL = 'https://analytics.internal.example.com/api/funnels';

/** Conversion funnel for a list of events over the last `days` days. */
export const funnel = memoize(
  async function funnel(events: string[], days: number): Promise<FunnelStep[]> {
    const ctx = tenantContext.getStore();
    const res = await fetch(ANALYTICS_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-project-key': ctx?.projectKey ?? '' },
      body: JSON.stringify({ events, window: `${days}d` }),
    });
    const body = (await res.json()) as { steps: FunnelStep[] };
    return body.steps;
  },
  { version: 'funnel-v1', ttl: '5m', cost: 0.002 },
);

export async function funnelRoute(req: Request<Record<string, string>, { events: string[]; days?: number }>, res: Response): Promise<void> {
  res.json(await funnel(req.body.events, req.body.days ?? 30));
}
