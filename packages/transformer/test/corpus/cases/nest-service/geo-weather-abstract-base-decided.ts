// origin: shape of a NestJS weather integration with an abstract HTTP base class (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: clean
// why: the base class marks `region` with @cacheKey, so the regional gateway is part of every subclass's key; the logger and the injected HttpService need no decision (principles 2 and 3).
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { cacheKey, memoize } from 'keyproof';

export interface AirQuality {
  city: string;
  aqi: number;
  dominantPollutant: string;
}

/** Shared plumbing for every provider that lives behind a regional gateway. */
export abstract class RegionalGatewayClient {
  protected readonly logger = new Logger(this.constructor.name);

  /** Gateways in different regions carry different station sets. */
  @cacheKey
  protected readonly region: string;

  constructor(protected readonly http: HttpService, config: ConfigService) {
    this.region = config.getOrThrow<string>('gateway.region');
  }

  protected endpoint(path: string): string {
    return `https://${this.region}.gateway.example.net/v2/${path.replace(/^\//, '')}`;
  }

  protected async getJson<T>(path: string, params: Record<string, string | number>): Promise<T> {
    const res = await firstValueFrom(this.http.get<T>(this.endpoint(path), { params, timeout: 5_000 }));
    return res.data;
  }
}

@Injectable()
export class AirQualityService extends RegionalGatewayClient {
  constructor(http: HttpService, config: ConfigService) {
    super(http, config);
  }

  @memoize({ version: 'aqi-v1', ttl: '1h', cost: 0.001 })
  async current(city: string): Promise<AirQuality> {
    const started = Date.now();
    const raw = await this.getJson<{ aqi: number; dominentpol: string }>('/air/current', { q: city });
    this.logger.log(`aqi ${city} in ${Date.now() - started}ms`);
    return { city, aqi: raw.aqi, dominantPollutant: raw.dominentpol };
  }
}
