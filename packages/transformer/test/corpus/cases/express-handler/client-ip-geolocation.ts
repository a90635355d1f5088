// origin: shape of an Express middleware that geolocates the client IP (MaxMind/ipinfo lookups are cached per IP in the originals): the IP is what the answer is about
// category: express-handler
// decorators: tc39
// expect: clean
import type { NextFunction, Request, Response } from 'express';
import { memoize } from 'keyproof';

export interface Geo { country: string; region: string | null; city: string | null }
interface IpInfo { lookup(ip: string): Promise<{ country: string; region?: string; city?: string }> }

export class GeoService {
  constructor(private readonly ipinfo: IpInfo) {}

  @memoize({ ttl: '1d', cost: 0.0001 })
  async locate(ip: string): Promise<Geo> {
    const r = await this.ipinfo.lookup(ip);
    return { country: r.country, region: r.region ?? null, city: r.city ?? null };
  }
}

export const geoMiddleware = (geo: GeoService) => async (req: Request, res: Response, next: NextFunction): Promise<void> => {
  const { ip } = req;
  const forwarded = req.headers['x-forwarded-for'];
  const client = (Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(',')[0])?.trim() ?? ip ?? '0.0.0.0';
  res.locals['geo'] = await geo.locate(client);
  next();
};
