// origin: review probe (round 10 rules): module const built from process.env (split list) decides which rows are answered
// category: data-api
// decorators: tc39
// expect: KP91044|KP91046 ALLOWED
// why: module const built from process.env (split list) decides which rows are answered (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
const ALLOWED = (process.env.ALLOWED_DATASETS ?? 'gdp,cpi').split(',');
export class Datasets {
  @memoize({ version: 'ds-v1', ttl: '1d' })
  async list(country: string): Promise<string[]> {
    const res = await fetch(`https://data.example.org/${country}/datasets`);
    return ((await res.json()) as string[]).filter((d) => ALLOWED.includes(d));
  }
}
