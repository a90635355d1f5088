// origin: shape of an Express geolocation endpoint that counts lookups for its metrics and keys on the client IP
// category: express-handler
// decorators: legacy
// expect: clean
// why: the counter only counts (`this.lookups++`, reported as a metric), the client IP describes what is asked, and the DEBUG switch only gates a log line.
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

export interface IpLocation {
  ip: string;
  country: string | null;
  city: string | null;
  asn: number | null;
}

export interface IpLocator {
  lookup(ip: string, fields: readonly string[]): Promise<IpLocation>;
}

const LOCATION_FIELDS = ['country', 'city', 'asn'] as const;
const DEBUG = process.env.DEBUG === '1';

export class IpLocationController {
  private lookups = 0;

  constructor(private readonly locator: IpLocator) {}

  @memoize({ version: 'ip-location-v1', ttl: '1d', cost: 0.0001 })
  async locate(ip: string): Promise<IpLocation> {
    this.lookups++;
    if (DEBUG) console.debug(`ip lookup ${this.lookups} for ${ip}`);
    return this.locator.lookup(ip, LOCATION_FIELDS);
  }

  metrics(): { upstreamLookups: number } {
    return { upstreamLookups: this.lookups };
  }

  routes() {
    return Router()
      .get('/geo/me', async (req: Request, res: Response) => {
        res.json(await this.locate(req.ip ?? '0.0.0.0'));
      })
      .get('/geo/metrics', (_req: Request, res: Response) => {
        res.json(this.metrics());
      });
  }
}
