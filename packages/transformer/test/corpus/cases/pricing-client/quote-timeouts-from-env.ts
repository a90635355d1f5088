// origin: shape of a shipping-quote client whose timeouts, retries and metric labels are tuned through the environment (never a verbatim copy)
// category: pricing-client
// decorators: tc39
// expect: clean
// why: the env values set the request timeout, the retry count and a metric label; they change how long the call may take, not the quote it returns (principle 3: timing and metrics).
import { env } from 'node:process';
import { memoize } from 'keyproof';

const TIMEOUT_MS = Number(env.QUOTE_TIMEOUT_MS ?? 4000);
const MAX_RETRIES = Number(env.QUOTE_MAX_RETRIES ?? 2);
const POD = env.POD_NAME ?? 'local';

interface Histogram { observe(value: number, labels: Record<string, string>): void }

export interface ShippingQuote {
  carrier: string;
  service: string;
  amountCents: number;
  days: number;
}

export class ShippingQuotes {
  constructor(private readonly latency: Histogram) {}

  /** Carts recompute shipping on every change; the parcel and route rarely change. */
  @memoize({ version: 'ship-quote-v2', ttl: '4h', cost: 0.001 })
  async quote(fromPostal: string, toPostal: string, weightGrams: number): Promise<ShippingQuote[]> {
    let lastError: unknown;
    for (let attempt = 0; attempt <= MAX_RETRIES; attempt++) {
      const started = performance.now();
      try {
        const res = await fetch('https://rates.example-shipping.com/v1/quotes', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ from: fromPostal, to: toPostal, weight_g: weightGrams }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        if (!res.ok) throw new Error(`rates API ${res.status}`);
        const body = (await res.json()) as { quotes: ShippingQuote[] };
        return body.quotes.map((q) => ({ ...q }));
      } catch (err) {
        lastError = err;
      } finally {
        this.latency.observe(performance.now() - started, { pod: POD, attempt: String(attempt) });
      }
    }
    throw new Error(`shipping quote failed after ${MAX_RETRIES + 1} attempts`, { cause: lastError });
  }
}
