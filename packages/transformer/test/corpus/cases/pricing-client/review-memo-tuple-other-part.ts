// origin: review probe: memo table filled from the second element of a tuple parameter (another part of the argument) at the first
// category: pricing-client
// decorators: legacy
// expect: KP91045|KP91046 rates
import { memoize } from 'keyproof';
interface Fx { quote(code: string): Promise<number> }
const rates = new Map<string, number>();
/** called by the webhook handler with the provider's pushed [code, rate] pairs */
export function primeRate(pair: [string, number]): void {
  const [code, rate] = pair;
  rates.set(code, rate);
}
export class Converter {
  constructor(private readonly fx: Fx) {}
  @memoize({ version: 'fx-v1', ttl: '1h' })
  async rate(code: string): Promise<number> {
    if (rates.has(code)) return rates.get(code)!;
    return this.fx.quote(code);
  }
}
