// origin: shape of an Express proxy route with a ?fresh=1 escape hatch that swaps the cache-busting "version" for a random one (a per-call value in one branch of a conditional)
// category: express-handler
// decorators: tc39
// expect: KP91020 version
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

interface Upstream { get(path: string, version: string): Promise<unknown> }

export class ConfigProxy {
  constructor(private readonly upstream: Upstream) {}

  @memoize({ ttl: '1m' })
  async config(app: string, version: string): Promise<unknown> {
    return this.upstream.get(`/apps/${app}/config`, version);
  }
}

export const configRoute = (proxy: ConfigProxy) => async (req: Request<{ app: string }>, res: Response): Promise<void> => {
  const version = req.query['fresh'] === '1' ? randomUUID() : 'current';
  res.json(await proxy.config(req.params.app, version));
};
