// origin: review probe: a request id read off the request and sent on only when present, with a conditional spread into the headers
// category: express-handler
// decorators: legacy
// expect: clean
// why: the request id only says which call this is; sent on as a header it does not decide the answer (principle 3: travel).
import type { Request } from 'express';
import { memoize } from 'keyproof';

export class ParcelStatus {
  constructor(private readonly req: Request) {}

  @memoize({ version: 'parcel-status-v1', ttl: '1m' })
  async status(trackingNo: string): Promise<string> {
    const requestId = this.req.get('x-request-id');
    const res = await fetch(`https://parcels.internal/v1/${trackingNo}`, {
      headers: { accept: 'application/json', ...(requestId ? { 'x-request-id': requestId } : {}) },
    });
    return ((await res.json()) as { status: string }).status;
  }
}
