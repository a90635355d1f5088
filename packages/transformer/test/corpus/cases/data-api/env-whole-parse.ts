// origin: authors (reread of round 10): an imported `env` passed whole to a settings parser inside the memoised body
// category: data-api
// decorators: tc39
// expect: KP91044 env
// why: principle 2: the whole environment is read at the call and shapes the answer; the message must not call it a value read when the module loads.
import { env } from 'node:process';
import { memoize } from 'keyproof';

interface Settings { region: string }
function parseSettings(source: Record<string, string | undefined>): Settings {
  return { region: source['REGION'] ?? 'eu' };
}

export class Pricing {
  @memoize()
  async quote(sku: string): Promise<string> {
    const settings = parseSettings(env);
    return `${sku}@${settings.region}`;
  }
}
