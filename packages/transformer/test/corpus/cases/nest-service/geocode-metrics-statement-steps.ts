// origin: shape of a NestJS geocoding service that counts lookups for a periodic metrics log line (own writing)
// category: nest-service
// decorators: legacy
// expect: clean
// why: `this.lookups++;` and `this.normalizedLookups += 1;` are statements whose values are discarded and the counters only feed a log line; the memoised method is keyed on the normalised address and country alone.
import { Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize, cacheKey } from 'keyproof';

export interface GeoPoint {
  lat: number;
  lng: number;
}

@Injectable()
export class GeocodingService {
  private readonly logger = new Logger('GeocodingService');
  private lookups = 0;
  private normalizedLookups = 0;

  constructor(private readonly http: HttpService) {}

  async geocode(address: string, country: string): Promise<GeoPoint> {
    this.lookups++;
    const normalized = address.trim().replace(/\s+/g, ' ').toLowerCase();
    if (normalized !== address) {
      this.normalizedLookups += 1;
    }
    if (this.lookups % 500 === 0) {
      this.logger.log(`geocode lookups: ${this.lookups} (${this.normalizedLookups} normalised)`);
    }
    return this.resolve(normalized, country.toUpperCase());
  }

  @memoize({ version: 'geo-v1', ttl: '30d', cost: 0.005 })
  async resolve(@cacheKey address: string, @cacheKey country: string): Promise<GeoPoint> {
    const res = await firstValueFrom(
      this.http.get<{ lat: number; lng: number }>('https://geo.example.com/v1/search', {
        params: { q: address, country },
        timeout: 5000,
      }),
    );
    return { lat: res.data.lat, lng: res.data.lng };
  }
}
