// origin: shape of an Express route that defines its memoised usage loader inside the handler but passes the tenant explicitly
// category: express-handler
// decorators: legacy
// expect: clean
// why: the helper defined in the handler reads only its own parameters, a constant and a module service; the request id reaches only the logger
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

const USAGE_WINDOW_DAYS = 30;

interface Usage {
  apiCalls: number;
  storageGb: number;
}

declare const meteringApi: { usage(tenant: string, metric: string, days: number): Promise<Usage> };
declare const logger: { info(msg: string, meta?: object): void };

export const usage = Router();

usage.get('/tenants/:tenant/usage/:metric', async (req: Request<{ tenant: string; metric: string }>, res: Response) => {
  logger.info('usage request', { requestId: req.header('x-request-id') });

  const loadUsage = memoize(
    async function loadUsage(tenant: string, metric: string): Promise<Usage> {
      const u = await meteringApi.usage(tenant, metric, USAGE_WINDOW_DAYS);
      return { apiCalls: u.apiCalls, storageGb: u.storageGb };
    },
    { ttl: '15m', cost: 0.0005 },
  );

  res.json(await loadUsage(req.params.tenant, req.params.metric));
});
