// origin: shape of a request-scoped NestJS geocoding service that tags its logs with the caller's request id
// category: nest-service
// decorators: legacy
// expect: clean
// why: the injected request is read only for a log line; the upstream call and the answer depend on the address alone
import { Injectable, Inject, Scope, Logger } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import type { Request } from 'express';
import { memoize } from 'keyproof';

export interface GeoPoint {
  lat: number;
  lng: number;
  precision: 'rooftop' | 'street' | 'city';
}

const GEOCODER_URL = 'https://geo.example-maps.com/v1/geocode';

@Injectable({ scope: Scope.REQUEST })
export class GeocodingService {
  private readonly logger = new Logger(GeocodingService.name);

  constructor(
    private readonly http: HttpService,
    @Inject(REQUEST) private readonly request: Request,
  ) {}

  @memoize({ version: 'v1', ttl: '30d', cost: 0.005 })
  async geocode(street: string, city: string, country: string): Promise<GeoPoint | null> {
    const requestId = this.request.headers['x-request-id'] ?? 'n/a';
    this.logger.debug(`geocode miss for ${city}, ${country}`, { requestId });
    const res = await firstValueFrom(
      this.http.get<{ results: GeoPoint[] }>(GEOCODER_URL, {
        params: { street, city, country },
        timeout: 4000,
      }),
    );
    const best = res.data.results[0];
    return best ? { lat: best.lat, lng: best.lng, precision: best.precision } : null;
  }
}
