// origin: shape of an Express route-ETA endpoint that forwards a timeout AbortSignal into a memoised routing call
// category: express-handler
// decorators: legacy
// expect: KP* signal
// why: `signal` is a key parameter (nothing excludes it) and an AbortSignal has no stable key encoding.
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

export interface RouteEta {
  from: string;
  to: string;
  seconds: number;
  meters: number;
}

const ROUTING_URL = 'https://routing.internal.example.com/v1/eta';

export class RouteEtaService {
  @memoize({ version: 'route-eta-v2', ttl: '2m', cost: 0.005 })
  async eta(from: string, to: string, signal?: AbortSignal): Promise<RouteEta> {
    const url = `${ROUTING_URL}?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
    const res = await fetch(url, { signal });
    if (!res.ok) throw new Error(`routing service answered ${res.status}`);
    const body = (await res.json()) as { duration: number; distance: number };
    return { from, to, seconds: Math.round(body.duration), meters: Math.round(body.distance) };
  }
}

export function etaRouter(service: RouteEtaService) {
  return Router().get('/eta', async (req: Request, res: Response) => {
    const from = req.query.from ?? '';
    const to = req.query.to ?? '';
    res.json(await service.eta(from, to, AbortSignal.timeout(3_000)));
  });
}
