// origin: shape of an Express route-ETA endpoint keyed on coordinate objects that declare their own key form, with the abort signal excluded
// category: express-handler
// decorators: legacy
// expect: clean
// why: the coordinate class declares its key form with [keyForm](), the Accept-Language locale describes what is asked, and the AbortSignal is excluded with @notKey.
import { Router, type Request, type Response } from 'express';
import { keyForm, memoize, notKey } from 'keyproof';

export class LatLng {
  constructor(
    readonly lat: number,
    readonly lng: number,
  ) {}

  static parse(text: string): LatLng {
    const [lat, lng] = text.split(',').map(Number);
    if (lat === undefined || lng === undefined || Number.isNaN(lat) || Number.isNaN(lng)) {
      throw new Error(`not a coordinate: ${text}`);
    }
    return new LatLng(lat, lng);
  }

  toString(): string {
    return `${this.lat.toFixed(5)},${this.lng.toFixed(5)}`;
  }

  [keyForm](): string {
    return this.toString();
  }
}

export interface TripEta {
  seconds: number;
  meters: number;
  summary: string;
}

const TRIP_ROUTING_URL = 'https://routing.internal.example.com/v1/eta';

export class TripEtaService {
  @memoize({ version: 'trip-eta-v1', ttl: '2m', cost: 0.005 })
  async eta(from: LatLng, to: LatLng, language: string, @notKey('cancellation only') signal?: AbortSignal): Promise<TripEta> {
    const url = `${TRIP_ROUTING_URL}?from=${from}&to=${to}&lang=${encodeURIComponent(language)}`;
    const res = await fetch(url, { signal });
    if (!res.ok) throw new Error(`routing service answered ${res.status}`);
    const body = (await res.json()) as { duration: number; distance: number; summary: string };
    return { seconds: Math.round(body.duration), meters: Math.round(body.distance), summary: body.summary };
  }
}

export function tripRouter(service: TripEtaService) {
  return Router().get('/trip/eta', async (req: Request, res: Response) => {
    const language = (req.get('accept-language') ?? 'en').split(',')[0] ?? 'en';
    const eta = await service.eta(
      LatLng.parse(req.query.from ?? ''),
      LatLng.parse(req.query.to ?? ''),
      language,
      AbortSignal.timeout(3_000),
    );
    res.json(eta);
  });
}
