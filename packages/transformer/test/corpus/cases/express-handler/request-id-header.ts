// origin: shape of an Express profile route forwarding X-Request-Id to an upstream user service through a memoised client method
// category: express-handler
// decorators: tc39
// expect: KP91020 requestId
import type { NextFunction, Request, Response } from 'express';
import { memoize } from 'keyproof';

export interface Profile { id: string; displayName: string; avatarUrl: string | null }

export class UsersClient {
  constructor(private readonly baseUrl: URL) {}

  @memoize({ ttl: '30s' })
  async profile(userId: string, requestId: string): Promise<Profile> {
    const res = await fetch(new URL(`/v1/users/${encodeURIComponent(userId)}`, this.baseUrl), { headers: { 'x-request-id': requestId } });
    if (!res.ok) throw new Error(`users service: ${res.status}`);
    return (await res.json()) as Profile;
  }
}

export function getProfile(users: UsersClient) {
  return async (req: Request<{ id: string }>, res: Response, next: NextFunction): Promise<void> => {
    try {
      const requestId = req.header('x-request-id') ?? '';
      res.json(await users.profile(req.params.id, requestId));
    } catch (err) {
      next(err);
    }
  };
}
