// origin: shape of an Express app wiring memoised functions from factories into a plain `api` object (api.search = makeSearch(backend)) and passing req.id into one of them
// category: express-handler
// decorators: tc39
// expect: KP91020 traceId
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

interface Backend { query(q: string, traceId: string): Promise<string[]> }

export function makeSuggest(backend: Backend) {
  return memoize(async function suggest(prefix: string, traceId: string): Promise<string[]> {
    return backend.query(`${prefix}*`, traceId);
  }, { ttl: '5m' });
}

export function makeApi(backend: Backend) {
  return { suggest: makeSuggest(backend) };
}

export const suggestRoute = (api: ReturnType<typeof makeApi>) => async (req: Request, res: Response): Promise<void> => {
  const prefix = String(req.query['q'] ?? '').toLowerCase();
  res.json(await api.suggest(prefix, req.id ?? ''));
};
