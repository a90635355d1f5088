// origin: shape of a NestJS weather service that copies config values into fields and spreads them into the query through a getter
// category: nest-service
// decorators: legacy
// expect: KP* units|language|queryDefaults
// why: fiveDay() spreads this.queryDefaults into the request params, and that getter returns the config-derived fields this.units and this.language, which have no key decision.
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export interface ForecastDay {
  date: string;
  high: number;
  low: number;
  summary: string;
}

@Injectable()
export class ForecastService {
  private readonly logger = new Logger(ForecastService.name);
  private readonly apiKey: string;
  private readonly units: 'metric' | 'imperial';
  private readonly language: string;

  constructor(
    private readonly http: HttpService,
    config: ConfigService,
  ) {
    this.apiKey = config.getOrThrow<string>('weather.apiKey');
    this.units = config.get<'metric' | 'imperial'>('weather.units') ?? 'metric';
    this.language = config.get<string>('weather.language') ?? 'en';
  }

  private get queryDefaults(): { units: string; lang: string; days: number } {
    return { units: this.units, lang: this.language, days: 5 };
  }

  @memoize({ version: 'forecast-v1', ttl: '1h' })
  async fiveDay(city: string): Promise<ForecastDay[]> {
    const res = await firstValueFrom(
      this.http.get<{ days: ForecastDay[] }>('https://api.weather.example.com/v2/forecast', {
        params: { q: city, ...this.queryDefaults },
        headers: { 'x-api-key': this.apiKey },
        timeout: 5_000,
      }),
    );
    this.logger.debug(`forecast for ${city}: ${res.data.days.length} days`);
    return res.data.days;
  }
}
