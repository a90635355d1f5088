// origin: shape of a NestJS sales-tax client with request interceptors on a small HTTP wrapper (never a verbatim copy)
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the interceptors add only a credential, a User-Agent and a fresh correlation id to each request; the rate asked for depends on the country and postal code parameters (principles 1 and 3).
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { memoize } from 'keyproof';

type Interceptor = (init: { headers: Record<string, string> }) => void;

/** fetch with a chain of header interceptors, like an axios instance. */
class HttpClient {
  private readonly interceptors: Interceptor[] = [];
  constructor(private readonly baseUrl: string) {}
  use(interceptor: Interceptor): this {
    this.interceptors.push(interceptor);
    return this;
  }
  async getJson<T>(path: string): Promise<T> {
    const init = { headers: { accept: 'application/json' } as Record<string, string> };
    for (const intercept of this.interceptors) intercept(init);
    const res = await fetch(`${this.baseUrl}${path}`, init);
    if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
    return (await res.json()) as T;
  }
}

const taxApi = new HttpClient('https://api.taxrates.example/v2')
  .use((init) => { init.headers.authorization = `Bearer ${process.env.TAX_API_KEY ?? ''}`; })
  .use((init) => { init.headers['user-agent'] = 'checkout-svc/5.4'; })
  .use((init) => { init.headers['x-correlation-id'] = randomUUID(); });

export interface TaxRate { combinedRate: number; jurisdiction: string }

@Injectable()
export class SalesTaxClient {
  private readonly logger = new Logger(SalesTaxClient.name);

  @memoize({ version: 'tax-rate-v1', ttl: '1d', cost: 0.001 })
  async rateFor(country: string, postalCode: string): Promise<TaxRate> {
    const body = await taxApi.getJson<{ rate: { combined: number; name: string } }>(
      `/rates/${encodeURIComponent(country)}/${encodeURIComponent(postalCode)}`,
    );
    this.logger.debug(`tax rate ${country}/${postalCode}: ${body.rate.combined}`);
    return { combinedRate: body.rate.combined, jurisdiction: body.rate.name };
  }
}
