// origin: review probe: a module constant object literal holding a fixed base URL and a path helper, its base read into the request
// category: data-api
// decorators: tc39
// expect: clean
// why: the object is a constant built from literals and never written; its base is not state (nothing more).
import { memoize } from 'keyproof';

const GEO = {
  base: 'https://geo.internal/v3',
  cityPath(id: string): string {
    return `/cities/${encodeURIComponent(id)}`;
  },
};

export const city = memoize(
  async function city(id: string): Promise<unknown> {
    const res = await fetch(`${GEO.base}${GEO.cityPath(id)}`);
    return res.json();
  },
  { version: 'city-v1', ttl: '1d' },
);
