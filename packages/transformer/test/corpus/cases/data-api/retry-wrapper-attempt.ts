// origin: shape of a geocoding caller wrapped in a generic retry helper that hands each attempt number to the call
// category: data-api
// decorators: legacy
// expect: clean
// why: written expecting an error ("every retry writes under a new key"); corrected: the attempt number is the retry loop's own index, so it starts again at 1 on every call of the helper and the same few keys repeat (a first attempt hits the first attempt's entry). It also shapes the request (the timeout), so keying it is right. A counter is per-call only when it outlives the call that steps it (provenance/counter-step.ts).
import { memoize } from 'keyproof';

interface GeoApi {
  geocode(q: string, timeoutMs: number): Promise<{ lat: number; lng: number } | null>;
}

interface LookupOptions {
  country: string;
  attempt: number;
}

async function withRetries<T>(times: number, fn: (attempt: number) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= times) throw err;
    }
  }
}

export class AddressGeocoder {
  constructor(private readonly geo: GeoApi) {}

  @memoize({ version: 'geo-v2', ttl: '90d', cost: 0.005 })
  async locate(address: string, options: LookupOptions): Promise<{ lat: number; lng: number } | null> {
    const timeoutMs = 1_500 * options.attempt;
    return this.geo.geocode(`${address}, ${options.country}`, timeoutMs);
  }
}

export function locateWithRetry(geocoder: AddressGeocoder, address: string, country: string) {
  return withRetries(3, (attempt) => geocoder.locate(address, { country, attempt }));
}
