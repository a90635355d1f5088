// origin: shape of a NestJS weather integration with an abstract HTTP base class (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: KP91040 region
// why: the memoised body calls a base-class helper that puts the plain-data field `region` (read from config) into the upstream URL with no @cacheKey/@notKey decision (principle 2).
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export interface Forecast {
  city: string;
  days: { date: string; minC: number; maxC: number; summary: string }[];
}

/** Shared plumbing for every provider that lives behind a regional gateway. */
export abstract class RegionalGatewayClient {
  protected readonly logger = new Logger(this.constructor.name);
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
export class WeatherService extends RegionalGatewayClient {
  constructor(http: HttpService, config: ConfigService) {
    super(http, config);
  }

  /** Five-day forecast for a city; upstream bills per request. */
  @memoize({ version: 'forecast-v2', ttl: '3h', cost: 0.002 })
  async forecast(city: string, units: 'metric' | 'imperial' = 'metric'): Promise<Forecast> {
    this.logger.debug(`forecast ${city} (${units})`);
    const raw = await this.getJson<{ list: { dt_txt: string; min: number; max: number; text: string }[] }>(
      '/forecast',
      { q: city, units, cnt: 5 },
    );
    return {
      city,
      days: raw.list.map((d) => ({ date: d.dt_txt.slice(0, 10), minC: d.min, maxC: d.max, summary: d.text })),
    };
  }
}
