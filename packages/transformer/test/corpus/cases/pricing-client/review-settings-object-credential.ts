// origin: review probe (round 10 rules): module const settings = { apiKey: process.env.X, base: fixed }: only the credential is used in the method
// category: pricing-client
// decorators: tc39
// expect: clean
// why: module const settings = { apiKey: process.env.X, base: fixed }: only the credential is used in the method (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
const settings = { apiKey: process.env.PRICING_API_KEY ?? '', base: 'https://pricing.example.com' };
export class Catalog {
  @memoize({ version: 'cat-v1', ttl: '1h' })
  async price(sku: string): Promise<number> {
    const res = await fetch(`${settings.base}/v1/prices/${sku}`, { headers: { authorization: `Bearer ${settings.apiKey}` } });
    return ((await res.json()) as { amount: number }).amount;
  }
}
