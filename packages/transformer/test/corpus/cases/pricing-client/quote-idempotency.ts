// origin: shape of a freight-quote client sending idempotency and user-agent headers (never a verbatim copy)
// category: pricing-client
// decorators: tc39
// expect: clean
// why: the idempotency key is fresh per call but only travels (the carrier deduplicates retries with it), the user agent is a literal and the token a credential; none changes the quote (principle 3, headers that travel).
import { randomUUID } from 'node:crypto';
import { memoize } from 'keyproof';

export interface QuoteRequest {
  origin: string;
  destination: string;
  weightKg: number;
  service: 'economy' | 'express';
}

export interface Quote {
  carrier: string;
  totalCents: number;
  currency: string;
  surcharges: { code: string; cents: number }[];
}

const QUOTES_URL = 'https://api.carrier.example.com/v1/quotes';

export class FreightQuoteClient {
  private readonly userAgent = 'shop-shipping/3.2 (+ops@shop.example.com)';

  constructor(private readonly token: string) {}

  @memoize({ version: 'freight-quote-v1', ttl: '2h', cost: 0.01 })
  async quote(request: QuoteRequest): Promise<Quote> {
    const res = await fetch(QUOTES_URL, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${this.token}`,
        'content-type': 'application/json',
        'user-agent': this.userAgent,
        'idempotency-key': randomUUID(),
      },
      body: JSON.stringify(request),
    });
    if (!res.ok) throw new Error(`quote failed: ${res.status}`);
    return (await res.json()) as Quote;
  }
}
