// origin: review probe (round 10): default-locale NumberFormat held in a readonly class field
// category: pricing-client
// decorators: legacy
// expect: KP91044|KP91046|KP91040 money
// why: a NumberFormat made with the machine's default locale, held in a readonly field, formats the returned label: machines of the fleet answer differently under one key (principle 4).
import { memoize } from 'keyproof';
interface Api { total(cart: string): Promise<number> }
export class Carts {
  private readonly money = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' });
  constructor(private readonly api: Api) {}
  @memoize({ version: 'cart-v1', ttl: '5m' })
  async label(cart: string): Promise<string> {
    return this.money.format(await this.api.total(cart));
  }
}
