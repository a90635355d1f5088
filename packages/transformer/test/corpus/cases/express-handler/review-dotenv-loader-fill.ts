// origin: review probe (round 10 rules): a hand-written .env loader filling an object from readFileSync lines; its value decides the upstream
// category: express-handler
// decorators: tc39
// expect: KP91044|KP91046 settings
// why: a hand-written .env loader filling an object from readFileSync lines; its value decides the upstream (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
import { readFileSync } from 'node:fs';
function loadDotenv(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}
const settings = loadDotenv('.env');
export class Search {
  @memoize({ version: 'search-v1', ttl: '10m' })
  async search(q: string): Promise<string[]> {
    const res = await fetch(`${settings.SEARCH_URL}/q?text=${encodeURIComponent(q)}`);
    return ((await res.json()) as { hits: string[] }).hits;
  }
}
