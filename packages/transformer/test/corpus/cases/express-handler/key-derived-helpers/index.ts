// origin: shape of an Express delivery-zone endpoint whose memoised geocode helper normalises its inputs with helpers from another module (your own writing, never a verbatim copy)
// category: express-handler
// decorators: legacy
// expect: clean
// why: the helpers in normalise.ts only transform key parameters (their own stop-word set is a module constant, never changed); the geocoder is a module-level service; the request only supplies key fields and a log line
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';
import { boundingBox, canonicalAddress } from './normalise';

interface Geocoder {
  search(q: { text: string; bbox?: string }): Promise<{ lat: number; lng: number } | null>;
}

declare const geocoder: Geocoder;

const geocodeAddress = memoize(
  async function geocodeAddress(street: string, city: string, country: string) {
    const bbox = boundingBox(country);
    return geocoder.search({ text: canonicalAddress(street, city), bbox: bbox || undefined });
  },
  { version: 'geo-v1', ttl: '90d', cost: 0.004 },
);

export const zonesRouter = Router().post('/delivery-zone', async (req: Request<Record<string, string>, { street: string; city: string; country: string }>, res: Response) => {
  const { street, city, country } = req.body;
  console.log(`zone lookup from ${req.ip ?? 'unknown'}`);
  const point = await geocodeAddress(street, city, country.toUpperCase());
  res.json(point ? { zone: point.lat > 52 ? 'north' : 'south' } : { zone: null });
});
