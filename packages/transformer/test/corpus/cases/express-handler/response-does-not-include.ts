// origin: shape of a public-profile endpoint whose docstring describes the response ("does not include the user's email or phone number"), nothing about the cache
// category: express-handler
// decorators: tc39
// expect: clean
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

export interface PublicProfile { userId: string; displayName: string; bio: string; followers: number }
interface Users { find(userId: string): Promise<{ id: string; name: string; bio: string | null; email: string; phone: string | null; followers: number } | null> }

export class Profiles {
  constructor(private readonly users: Users) {}

  /**
   * The public profile of a user. The response does not include the user's email or phone
   * number; it is safe to cache and to serve to anyone.
   */
  @memoize({ ttl: '5m' })
  async publicProfile(userId: string): Promise<PublicProfile | null> {
    const u = await this.users.find(userId);
    return u === null ? null : { userId: u.id, displayName: u.name, bio: u.bio ?? '', followers: u.followers };
  }
}

export const profileRoute = (profiles: Profiles) => async (req: Request<{ userId: string }>, res: Response): Promise<void> => {
  const profile = await profiles.publicProfile(req.params.userId);
  if (profile === null) res.status(404).json({ error: 'not found' });
  else res.json(profile);
};
