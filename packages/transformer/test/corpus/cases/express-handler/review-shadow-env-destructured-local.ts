// origin: review probe (round 10 rules): import { env } from 'node:process' for startup; a handler's memoised method destructures a local env from its options
// category: express-handler
// decorators: tc39
// expect: clean
// why: import { env } from 'node:process' for startup; a handler's memoised method destructures a local env from its options (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
import { env } from 'node:process';
export const port = Number(env.PORT ?? 3000);
export interface FlagQuery { env: 'dev' | 'prod'; flag: string }
export class Flags {
  @memoize({ version: 'flags-v1', ttl: '1m' })
  async enabled(q: FlagQuery): Promise<boolean> {
    const { env, flag } = q;
    const res = await fetch(`https://flags.example.com/${env}/${flag}`);
    return ((await res.json()) as { on: boolean }).on;
  }
}
