// origin: review probe: a module-level instance of the program's CI client class built from the environment's base URL, its base read into the request
// category: ci-connector
// decorators: tc39
// expect: KP91046|KP91044 baseUrl|ci|CI_BASE_URL
// why: the base URL picks which CI server answers (another server, other builds), and it comes from the environment without a decision (principle 2).
import { memoize } from 'keyproof';

class CiClient {
  constructor(readonly baseUrl: string) {}
  headers(): Record<string, string> {
    return { accept: 'application/json' };
  }
}

const ci = new CiClient(process.env.CI_BASE_URL ?? 'https://ci.internal');

export const lastBuild = memoize(
  async function lastBuild(pipeline: string): Promise<unknown> {
    const res = await fetch(`${ci.baseUrl}/api/pipelines/${pipeline}/builds/last`, { headers: ci.headers() });
    return res.json();
  },
  { version: 'build-v1', ttl: '1m' },
);
