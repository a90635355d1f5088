// origin: shape of an Express app using pino-http/express-request-id (req.id set per request) whose search route passes req.id down as a trace id
// category: express-handler
// decorators: tc39
// expect: KP91020 traceId
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

export interface Hit { id: string; score: number; title: string }
interface SearchBackend { query(index: string, q: string, opts: { size: number; traceId: string }): Promise<Hit[]> }

export const makeSearch = (backend: SearchBackend) =>
  memoize(async function searchDocs(index: string, q: string, size: number, traceId: string): Promise<Hit[]> {
    return backend.query(index, q, { size, traceId });
  }, { ttl: '1m' });

export function searchRoute(search: ReturnType<typeof makeSearch>) {
  return async (req: Request, res: Response): Promise<void> => {
    const q = String(req.query['q'] ?? '').trim();
    res.json(await search('docs', q, 10, req.id ?? 'none'));
  };
}
