// origin: probe: a subclass with its own constructor handing the tenant's key to the base class
// category: pricing-client
// decorators: tc39
// expect: KP91040 apiKey
// why: the key reaches the base class through super(…) from each tenant's record, so it picks the account (principle 2).
import { memoize } from 'keyproof';

abstract class MeterClient {
  constructor(protected readonly apiKey: string) {}

  protected async get<T>(path: string): Promise<T> {
    const res = await fetch(`https://api.meter.example/v1${path}`, { headers: { 'x-api-key': this.apiKey } });
    return (await res.json()) as T;
  }
}

export class UsageClient extends MeterClient {
  constructor(tenant: { meterKey: string }) {
    super(tenant.meterKey);
  }

  @memoize({ version: 'usage-v1', ttl: '1h' })
  async usage(month: string): Promise<number> {
    return (await this.get<{ total: number }>(`/usage?month=${month}`)).total;
  }
}

export function usageFor(tenant: { meterKey: string }): UsageClient {
  return new UsageClient(tenant);
}
