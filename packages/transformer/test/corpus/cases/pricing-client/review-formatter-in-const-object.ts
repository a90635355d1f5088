// origin: review probe (round 10): default-locale formatters grouped in a module const object
// category: pricing-client
// decorators: tc39
// expect: KP91044|KP91046 FMT
// why: the module object FMT holds a formatter of the machine's default locale, which formats the returned label (principle 4).
import { memoize } from 'keyproof';
interface Api { total(cart: string): Promise<number> }
declare const api: Api;
const FMT = { money: new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }) };
export class Carts {
  @memoize({ version: 'cart-v3', ttl: '5m' })
  async label(cart: string): Promise<string> {
    return FMT.money.format(await api.total(cart));
  }
}
