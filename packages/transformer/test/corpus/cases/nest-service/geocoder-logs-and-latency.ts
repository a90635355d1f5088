// origin: shape of a NestJS geocoding service that logs timings and counts calls around a paid lookup
// category: nest-service
// decorators: legacy
// expect: clean
// why: the clock and the call counter are read only for logs and metrics; the URL and defaults are constants
import { Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

const GEOCODE_URL = 'https://geo.example.com/v1/search';
const DEFAULTS = { limit: 1, format: 'json' } as const;

export interface Place {
  lat: number;
  lon: number;
  label: string;
}

let lookups = 0;

@Injectable()
export class GeocoderService {
  private readonly logger = new Logger('Geocoder');

  constructor(private readonly http: HttpService) {}

  @memoize({ version: 'v1', ttl: '30d', cost: 0.005 })
  async geocode(address: string, country: string): Promise<Place | null> {
    const started = Date.now();
    lookups += 1;
    const res = await firstValueFrom(
      this.http.get<Place[]>(GEOCODE_URL, {
        params: { q: address.trim(), countrycodes: country.toLowerCase(), ...DEFAULTS },
      }),
    );
    this.logger.log(`geocode #${lookups} took ${Date.now() - started}ms`, { status: res.status });
    const [first] = res.data;
    return first ? { lat: first.lat, lon: first.lon, label: first.label } : null;
  }
}
