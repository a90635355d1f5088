// origin: shape of a checkout coupon validator (coupon codes upper-cased and trimmed before lookup, customer tier from the account), behind an interface the checkout depends on
// category: pricing-client
// decorators: legacy
// expect: clean
import { memoize } from 'keyproof';

export interface CouponCheck { valid: boolean; percentOff: number; reason?: string }
export interface CouponValidator { validate(code: string, tier: 'free' | 'pro' | 'team', currency: string): Promise<CouponCheck> }
interface PromoApi { lookup(code: string): Promise<{ percentOff: number; tiers: string[]; currencies: string[] } | null> }

export class PromoCouponValidator implements CouponValidator {
  constructor(private readonly promos: PromoApi) {}

  @memoize({ ttl: '5m' })
  async validate(code: string, tier: 'free' | 'pro' | 'team', currency: string): Promise<CouponCheck> {
    const promo = await this.promos.lookup(code);
    if (promo === null) return { valid: false, percentOff: 0, reason: 'unknown code' };
    if (!promo.tiers.includes(tier) || !promo.currencies.includes(currency)) return { valid: false, percentOff: 0, reason: 'not applicable' };
    return { valid: true, percentOff: promo.percentOff };
  }
}

export async function applyCoupon(validator: CouponValidator, account: { tier: 'free' | 'pro' | 'team'; currency: string }, rawCode: string): Promise<number> {
  const code = rawCode.trim().toUpperCase();
  const { valid, percentOff } = await validator.validate(code, account.tier, account.currency);
  return valid ? percentOff : 0;
}
