// origin: review probe: mixin declares a named class and returns it; the memo sends its plain-data field upstream
// category: pricing-client
// decorators: legacy
// expect: KP91040 stripeAccount
import { memoize } from 'keyproof';
interface Invoices { upcoming(customer: string, opts: { stripeAccount?: string }): Promise<{ amount_due: number }> }
type Constructor<T = object> = new (...args: any[]) => T;
function WithConnectedAccount<TBase extends Constructor>(Base: TBase) {
  class WithAccount extends Base {
    stripeAccount = '';
    forAccount(id: string): this { this.stripeAccount = id; return this; }
  }
  return WithAccount;
}
class Resource { constructor(readonly invoices: Invoices) {} }
export class MerchantBilling extends WithConnectedAccount(Resource) {
  @memoize({ version: 'up-v1', ttl: '10m' })
  async upcoming(customer: string): Promise<number> {
    const inv = await this.invoices.upcoming(customer, { stripeAccount: this.stripeAccount });
    return inv.amount_due;
  }
}
