// origin: review probe: a module constant URL (new URL at module level) whose origin is read to build the request
// category: data-api
// decorators: tc39
// expect: clean
// why: the URL is a constant the module builds once from a literal; reading its origin reads no state and no configuration (nothing more).
import { memoize } from 'keyproof';

const API = new URL('https://api.geodata.example/v2/');

export const country = memoize(
  async function country(code: string): Promise<unknown> {
    const res = await fetch(`${API.origin}/v2/countries/${encodeURIComponent(code)}`);
    return res.json();
  },
  { version: 'country-v1', ttl: '30d' },
);
