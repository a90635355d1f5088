// origin: shape of an Express service layer that reads the tenant from an AsyncLocalStorage request context inside a memoised loader
// category: express-handler
// decorators: legacy
// expect: KP* getStore|tenantId
// why: the tenant comes from ambient AsyncLocalStorage context and selects the tenant's data upstream, but is not in the key (nothing less)
import { AsyncLocalStorage } from 'node:async_hooks';
import { Router, type Request, type Response, type NextFunction } from 'express';
import { memoize } from 'keyproof';

interface RequestContext {
  tenantId: string;
  userId: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

declare const settingsApi: { load(tenantId: string, section: string): Promise<Record<string, string>> };

export function withContext(req: Request, _res: Response, next: NextFunction): void {
  requestContext.run({ tenantId: req.header('x-tenant') ?? 'public', userId: req.header('x-user') ?? '' }, next);
}

const loadSettings = memoize(
  async function loadSettings(section: string): Promise<Record<string, string>> {
    const tenantId = requestContext.getStore()?.tenantId ?? 'public';
    return { ...(await settingsApi.load(tenantId, section)) };
  },
  { ttl: '5m', cost: 0.0002 },
);

export const settings = Router();

settings.get('/settings/:section', async (req: Request<{ section: string }>, res: Response) => {
  res.json(await loadSettings(req.params.section));
});
