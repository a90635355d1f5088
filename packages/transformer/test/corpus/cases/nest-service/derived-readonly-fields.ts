// origin: shape of a default-exported Nest geocoding service whose URLs are built from other readonly fields
// category: nest-service
// decorators: tc39
// expect: clean
// why: readonly fields initialised from literals (and from other such fields) are compile-time constants; the logger and http client are services
import { Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export interface GeoPoint {
  lat: number;
  lng: number;
  label: string;
}

@Injectable()
export default class GeocodingService {
  private readonly host = 'https://geo.example.com';
  private readonly apiVersion = 'v4';
  private readonly forwardUrl = `${this.host}/${this.apiVersion}/forward`;
  private readonly defaultLimit = 3;
  private readonly logger = new Logger('GeocodingService');

  constructor(private readonly http: HttpService) {}

  @memoize({ version: 'geo-v1', ttl: '30d', cost: 0.005 })
  async forward(address: string, country: string): Promise<GeoPoint[]> {
    const started = Date.now();
    const res = await firstValueFrom(
      this.http.get<{ results: GeoPoint[] }>(this.forwardUrl, {
        params: { q: address.trim().toLowerCase(), country: country.toUpperCase(), limit: this.defaultLimit },
        timeout: 5_000,
      }),
    );
    this.logger.log(`geocoded in ${Date.now() - started} ms`, { results: res.data.results.length });
    return res.data.results.slice(0, this.defaultLimit);
  }
}
