// origin: review probe: a client holding the platform's key in a field, rotated by a timer from the secrets manager
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the rotated key is still the platform's own key read from configuration, and every value of it opens the same account, so it only authenticates (principle 3: a credential).
import { memoize } from 'keyproof';

async function readSecret(name: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:8200/v1/secret/${name}`);
  return ((await res.json()) as { value: string }).value;
}

export class ExchangeRates {
  private apiKey = process.env.FX_API_KEY ?? '';

  rotate(nextKey: string): void {
    this.apiKey = nextKey;
  }

  @memoize({ version: 'fx-v1', ttl: '1h' })
  async rate(from: string, to: string): Promise<number> {
    const res = await fetch(`https://fx.example.com/v2/rate?from=${from}&to=${to}`, {
      headers: { authorization: `Bearer ${this.apiKey}` },
    });
    return ((await res.json()) as { rate: number }).rate;
  }
}

export const exchangeRates = new ExchangeRates();
setInterval(async () => exchangeRates.rotate(await readSecret('fx-api-key')), 3_600_000);
