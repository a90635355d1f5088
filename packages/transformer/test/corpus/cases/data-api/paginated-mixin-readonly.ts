// origin: shape of a data API client composed from a Paginated mixin with a fixed page size (never a verbatim copy)
// category: data-api
// decorators: legacy
// expect: clean
// why: the mixin's field `pageSize` is readonly and set from a literal, a compile-time constant; the HTTP client is injected; the rest comes from the key parameters (principle 3).
import { memoize } from 'keyproof';

type Constructor<T = object> = new (...args: any[]) => T;

interface Http {
  get<T>(path: string, query: Record<string, string | number>): Promise<T>;
}

function Paginated<TBase extends Constructor<{ http: Http }>>(Base: TBase) {
  return class extends Base {
    readonly pageSize = 200;

    async collect<T>(path: string, query: Record<string, string | number>): Promise<T[]> {
      const out: T[] = [];
      for (let offset = 0; ; offset += this.pageSize) {
        const page = await this.http.get<{ items: T[] }>(path, { ...query, limit: this.pageSize, offset });
        out.push(...page.items);
        if (page.items.length < this.pageSize) return out;
      }
    }
  };
}

class HttpResource {
  constructor(readonly http: Http) {}
}

export interface Shipment {
  id: string;
  status: 'created' | 'in_transit' | 'delivered' | 'exception';
  carrier: string;
}

export class ShipmentsApi extends Paginated(HttpResource) {
  @memoize({ version: 'shipments-v1', ttl: '5m', cost: 0.0004 })
  async byOrder(orderId: string, status?: Shipment['status']): Promise<Shipment[]> {
    const query: Record<string, string> = { order_id: orderId };
    if (status) query.status = status;
    return this.collect<Shipment>('/v2/shipments', query);
  }
}
