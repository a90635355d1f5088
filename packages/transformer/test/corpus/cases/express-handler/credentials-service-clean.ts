// origin: shape of an Express profile route memoising a partner API call whose client adds a bearer token itself (your own writing)
// category: express-handler
// decorators: legacy
// expect: clean
// why: the credentials live inside an injected client service (methods only); the memoised function reads only its parameters, the client and a const base path
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

interface TokenSource { bearer(): Promise<string> }
interface PartnerHttp { getJson<T>(url: string, headers: Record<string, string>): Promise<T> }

export interface PartnerProfile { handle: string; displayName: string; followers: number }

const BASE = 'https://partner.example.com/api/v3' as const;

export function profileRoutes(http: PartnerHttp, tokens: TokenSource) {
  const profile = memoize(
    async function partnerProfile(handle: string): Promise<PartnerProfile> {
      const token = await tokens.bearer();
      return http.getJson<PartnerProfile>(`${BASE}/profiles/${encodeURIComponent(handle.toLowerCase())}`, {
        authorization: `Bearer ${token}`,
        accept: 'application/json',
      });
    },
    { ttl: '15m', cost: 0.0005 },
  );

  const router = Router();
  router.get('/profiles/:handle', async (req: Request<{ handle: string }>, res: Response) => {
    res.set('x-request-id', req.header('x-request-id') ?? '');
    res.json(await profile(req.params.handle));
  });
  return router;
}
