// origin: review probe: a router factory takes its dependencies (the service's own API key among them) as a parameter, called once with the environment's key
// category: express-handler
// decorators: legacy
// expect: clean
// why: the only call gives the process's own key, the same for every instance, so it only authenticates (principle 3: a credential).
import { Router } from 'express';
import { memoize } from 'keyproof';

export class GeoLookup {
  constructor(private readonly apiKey: string) {}

  @memoize({ version: 'geo-v1', ttl: '1d' })
  async country(ip: string): Promise<string> {
    const res = await fetch(`https://geo.example.com/v1/ip/${ip}`, { headers: { 'x-api-key': this.apiKey } });
    return ((await res.json()) as { country: string }).country;
  }
}

export function createGeoRouter(deps: { geoApiKey: string }) {
  const geo = new GeoLookup(deps.geoApiKey);
  return Router().get('/geo/:ip', async (req, res) => {
    res.json({ country: await geo.country(String(req.params.ip)) });
  });
}

export const geoRouter = createGeoRouter({ geoApiKey: process.env.GEO_API_KEY ?? '' });
