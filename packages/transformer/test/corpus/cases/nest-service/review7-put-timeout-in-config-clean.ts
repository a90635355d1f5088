// origin: review probe: Nest HttpService.put-style call (url, body, config) with the timeout from configuration in the third argument
// category: nest-service
// decorators: legacy
// expect: clean
// why: the timeout in the request's config only bounds how long the call may take (principle 3: travel).
import { Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';

const QUOTE_TIMEOUT_MS = Number(process.env.QUOTE_TIMEOUT_MS ?? 2000);

class Http {
  async put<T>(url: string, body: unknown, config?: { timeout?: number; headers?: Record<string, string> }): Promise<T> {
    const res = await fetch(url, { method: 'PUT', body: JSON.stringify(body), signal: AbortSignal.timeout(config?.timeout ?? 5000) });
    return (await res.json()) as T;
  }
}

@Injectable()
export class FreightQuotes {
  constructor(private readonly http: Http) {}

  @memoize({ version: 'freight-quotes-v1', ttl: '10m' })
  async quote(lane: string, pallets: number): Promise<number> {
    const res = await this.http.put<{ price: number }>('https://freight.internal/v1/quotes', { lane, pallets }, { timeout: QUOTE_TIMEOUT_MS });
    return res.price;
  }
}
