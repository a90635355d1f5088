// origin: shape of a NestJS geocoding adapter that identifies its host to the provider (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: clean
// why: os.hostname() and the package version only go into the User-Agent header and a log line; they describe the client and do not change the answer (principle 3).
import { Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import * as os from 'node:os';
import { memoize } from 'keyproof';

const PROVIDER_URL = 'https://geocode.example-maps.com/v1/search';
const SERVICE_VERSION = '3.4.1';

export interface GeoPoint {
  lat: number;
  lng: number;
  formatted: string;
}

@Injectable()
export class GeocoderService {
  private readonly logger = new Logger('Geocoder');

  constructor(private readonly http: HttpService) {}

  /** Forward geocoding; the provider bills per request, addresses repeat a lot. */
  @memoize({ version: 'geo-v1', ttl: '30d', cost: 0.005 })
  async geocode(address: string, countryCode: string): Promise<GeoPoint | null> {
    const host = os.hostname();
    const started = Date.now();
    const res = await firstValueFrom(
      this.http.get<{ results: { lat: number; lon: number; label: string }[] }>(PROVIDER_URL, {
        params: { q: address, country: countryCode, limit: 1 },
        headers: {
          // The provider asks integrators to identify the calling machine for support tickets.
          'User-Agent': `acme-geocoder/${SERVICE_VERSION} (${host}; node ${process.version})`,
        },
        timeout: 5000,
      }),
    );
    this.logger.log(`geocode ${countryCode} on ${host}: ${res.status} in ${Date.now() - started}ms`);
    const hit = res.data.results[0];
    return hit ? { lat: hit.lat, lng: hit.lon, formatted: hit.label } : null;
  }
}
