// origin: review probe: mixin applied into a const, class extends the const
// category: pricing-client
// decorators: legacy
// expect: KP91040 stripeAccount
import { memoize } from 'keyproof';
interface Invoices { upcoming(customer: string, opts: { stripeAccount?: string }): Promise<{ amount_due: number }> }
type Constructor<T = object> = new (...args: any[]) => T;
function WithConnectedAccount<TBase extends Constructor>(Base: TBase) {
  return class extends Base {
    stripeAccount = '';
    opts(): { stripeAccount?: string } { return { stripeAccount: this.stripeAccount }; }
  };
}
class Resource { constructor(readonly invoices: Invoices) {} }
const ConnectedResource = WithConnectedAccount(Resource);
export class MerchantBilling extends ConnectedResource {
  @memoize({ version: 'up-v2', ttl: '10m' })
  async upcoming(customer: string): Promise<number> {
    return (await this.invoices.upcoming(customer, this.opts())).amount_due;
  }
}
