// origin: review probe: an API returning the legacy payload shape to app versions below 3, read from the x-client-version header in a memoised lookup bound to the request
// category: express-handler
// decorators: tc39
// expect: KP91046 req|version
// why: the client version decides which shape comes back, so an old app would get the new shape cached for a new one (principle 2).
import type { Request } from 'express';
import { memoize } from 'keyproof';

export function profileFor(req: Request) {
  return memoize(
    async function profile(userId: string): Promise<unknown> {
      const major = Number((req.headers['x-client-version'] as string | undefined)?.split('.')[0] ?? '3');
      const res = await fetch(`https://users.internal/v1/users/${userId}?shape=${major < 3 ? 'legacy' : 'v3'}`);
      return res.json();
    },
    { version: 'profile-v1', ttl: '5m' },
  );
}
