// origin: shape of a places-autocomplete data API with a tiny env helper module (never a verbatim copy)
// category: data-api
// decorators: tc39
// expect: KP91044 process.env
// why: the maximum number of suggestions comes from the environment through the envInt helper and is sent upstream, so it decides how many places come back (principle 2); the timeout read the same way only bounds the call (principle 3).
import { memoize } from 'keyproof';

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined ? NaN : Number.parseInt(raw, 10);
  return Number.isFinite(n) ? n : fallback;
}

export interface PlaceSuggestion { id: string; label: string; country: string }

interface AutocompleteResponse { features: { properties: { gid: string; label: string; country_a: string } }[] }

const PELIAS = 'https://api.geocode.earth/v1/autocomplete';

export class PlacesApi {
  @memoize({ version: 'places-ac-v1', ttl: '7d', cost: 0.0002 })
  async suggest(text: string, countryCode: string): Promise<PlaceSuggestion[]> {
    const url = new URL(PELIAS);
    url.searchParams.set('text', text);
    url.searchParams.set('boundary.country', countryCode);
    url.searchParams.set('size', String(envInt('PLACES_MAX_RESULTS', 5)));
    url.searchParams.set('api_key', process.env.GEOCODE_EARTH_KEY ?? '');
    const res = await fetch(url, { signal: AbortSignal.timeout(envInt('PLACES_TIMEOUT_MS', 1500)) });
    if (!res.ok) throw new Error(`autocomplete ${res.status}`);
    const body = (await res.json()) as AutocompleteResponse;
    return body.features.map((f) => ({
      id: f.properties.gid,
      label: f.properties.label,
      country: f.properties.country_a,
    }));
  }
}
