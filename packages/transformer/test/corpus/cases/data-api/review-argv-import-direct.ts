// origin: review probe (round 10 rules): import { argv } from 'node:process' read in the body: a --sandbox flag picks the upstream
// category: data-api
// decorators: tc39
// expect: KP91044|KP91046 argv
// why: import { argv } from 'node:process' read in the body: a --sandbox flag picks the upstream (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
import { argv } from 'node:process';
export class Series {
  @memoize({ version: 'ser-v1', ttl: '1d' })
  async series(id: string): Promise<number[]> {
    const host = argv.includes('--sandbox') ? 'sandbox.data.example.org' : 'data.example.org';
    const res = await fetch(`https://${host}/series/${id}`);
    return (await res.json()) as number[];
  }
}
