// origin: shape of an Express geocoding proxy that builds its upstream request with new URL (never a verbatim copy)
// category: express-handler
// decorators: legacy
// expect: clean
// why: the upstream URL is built from a module constant and the key parameters; the request id is excluded with @notKey and only travels as a header; the API key is a credential (principles 1 and 3).
import { Router, type Request, type Response } from 'express';
import { memoize, notKey } from 'keyproof';

const GEOCODER_BASE = 'https://geocoder.example.org/';
const DEFAULT_LANGUAGE = 'en';

export interface GeocodeResult {
  lat: number;
  lon: number;
  displayName: string;
  confidence: number;
}

export class Geocoder {
  constructor(private readonly apiKey: string) {}

  @memoize({ version: 'geocode-v2', ttl: '30d', cost: 0.005 })
  async forward(address: string, country: string, language: string = DEFAULT_LANGUAGE, @notKey('correlates provider logs') requestId?: string): Promise<GeocodeResult | null> {
    const url = new URL('/v1/search', GEOCODER_BASE);
    url.searchParams.set('q', address.trim());
    url.searchParams.set('countrycodes', country.toLowerCase());
    url.searchParams.set('accept-language', language);
    url.searchParams.set('format', 'jsonv2');
    const headers: Record<string, string> = { authorization: `Key ${this.apiKey}` };
    if (requestId) headers['x-request-id'] = requestId;
    const res = await fetch(url, { headers });
    if (!res.ok) throw new Error(`geocoder ${res.status} for ${url.pathname}`);
    const [first] = (await res.json()) as { lat: string; lon: string; display_name: string; importance: number }[];
    if (!first) return null;
    return { lat: Number(first.lat), lon: Number(first.lon), displayName: first.display_name, confidence: first.importance };
  }
}

export function geocodeRoutes(geocoder: Geocoder) {
  return Router().get('/geocode', async (req: Request, res: Response) => {
    const result = await geocoder.forward(
      req.query.address ?? '',
      req.query.country ?? 'gb',
      req.query.lang ?? undefined,
      req.header('x-request-id'),
    );
    res.status(result ? 200 : 404).json(result);
  });
}
