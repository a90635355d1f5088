// origin: shape of a freight-quote client pinned to a configurable API version header (never a verbatim copy)
// category: pricing-client
// decorators: tc39
// expect: KP91040 apiVersion
// why: the version header asks the carrier for a different quote schema and surcharge rules, so the plain-data field shapes the answer and needs a decision (principle 2, a header that asks); the bearer token only authenticates.
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

export interface CarrierSettings {
  token: string;
  apiVersion: string;
}

export class FreightQuoteClient {
  private readonly token: string;
  private readonly apiVersion: string;

  constructor(settings: CarrierSettings) {
    this.token = settings.token;
    // "2024-10-01" moved the fuel surcharge into the total; we roll carriers over one by one.
    this.apiVersion = settings.apiVersion;
  }

  @memoize({ version: 'freight-quote-v1', ttl: '2h', cost: 0.01 })
  async quote(request: QuoteRequest): Promise<Quote> {
    const res = await fetch(QUOTES_URL, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${this.token}`,
        'content-type': 'application/json',
        'carrier-api-version': this.apiVersion,
      },
      body: JSON.stringify(request),
    });
    if (!res.ok) throw new Error(`quote failed: ${res.status}`);
    return (await res.json()) as Quote;
  }
}
