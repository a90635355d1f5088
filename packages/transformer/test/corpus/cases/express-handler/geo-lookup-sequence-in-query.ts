// origin: shape of an Express geolocation endpoint whose handler numbers each lookup and passes the numbered query object to a memoised client
// category: express-handler
// decorators: legacy
// expect: KP* seq|served
// why: the handler puts `seq: this.served++` (a counter stepped on every request) into the query object, and the whole query object is the memoised method's key.
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

export interface GeoAnswer {
  ip: string;
  country: string | null;
  city: string | null;
  asn: number | null;
}

export interface GeoQuery {
  ip: string;
  fields: readonly string[];
  seq: number;
}

export interface GeoBackend {
  lookup(ip: string, fields: readonly string[]): Promise<GeoAnswer>;
}

const GEO_FIELDS = ['country', 'city', 'asn'] as const;

export class GeoLookupController {
  private served = 0;

  constructor(private readonly backend: GeoBackend) {}

  @memoize({ version: 'geo-lookup-v1', ttl: '1d', cost: 0.0001 })
  async lookup(query: GeoQuery): Promise<GeoAnswer> {
    console.debug(`geo lookup #${query.seq} for ${query.ip}`);
    return this.backend.lookup(query.ip, query.fields);
  }

  handle = async (req: Request, res: Response): Promise<void> => {
    const query: GeoQuery = { ip: req.ip ?? '0.0.0.0', fields: GEO_FIELDS, seq: this.served++ };
    res.json(await this.lookup(query));
  };

  routes() {
    return Router().get('/geo/me', this.handle);
  }
}
