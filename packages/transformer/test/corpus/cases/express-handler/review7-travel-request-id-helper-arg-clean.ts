// origin: review probe: a request id read off the request and handed to a fetch helper that puts it in a header
// category: express-handler
// decorators: legacy
// expect: clean
// why: the helper only sends the id on as a header, so it says which call this is, not what it asks (principle 3: travel).
import type { Request } from 'express';
import { memoize } from 'keyproof';

async function getJson<T>(url: string, requestId: string | undefined): Promise<T> {
  const res = await fetch(url, { headers: requestId ? { 'x-request-id': requestId } : {} });
  return (await res.json()) as T;
}

export class StoreHours {
  constructor(private readonly req: Request) {}

  @memoize({ version: 'store-hours-v1', ttl: '1h' })
  async hours(storeId: string): Promise<string> {
    const data = await getJson<{ hours: string }>(`https://stores.internal/v1/${storeId}/hours`, this.req.get('x-request-id'));
    return data.hours;
  }
}
