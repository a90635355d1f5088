// origin: shape of a NestJS air-quality service that copies config values into fields and spreads them into the query through a getter
// category: nest-service
// decorators: legacy
// expect: clean
// why: the config-derived fields read through the queryOptions getter are marked @cacheKey, and the API key field only goes into an auth header.
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { cacheKey, memoize } from 'keyproof';

export interface AirQualityReading {
  station: string;
  aqi: number;
  dominantPollutant: string;
  measuredAt: string;
}

@Injectable()
export class AirQualityService {
  private readonly logger = new Logger(AirQualityService.name);
  private readonly apiToken: string;
  @cacheKey private readonly scale: 'us-epa' | 'eu-caqi';
  @cacheKey private readonly locale: string;

  constructor(
    private readonly http: HttpService,
    config: ConfigService,
  ) {
    this.apiToken = config.getOrThrow<string>('airQuality.token');
    this.scale = config.get<'us-epa' | 'eu-caqi'>('airQuality.scale') ?? 'us-epa';
    this.locale = config.get<string>('airQuality.locale') ?? 'en';
  }

  private get queryOptions(): { scale: string; lang: string } {
    return { scale: this.scale, lang: this.locale };
  }

  @memoize({ version: 'air-quality-v1', ttl: '20m' })
  async currentAirQuality(city: string): Promise<AirQualityReading[]> {
    const res = await firstValueFrom(
      this.http.get<{ readings: AirQualityReading[] }>('https://api.airquality.example.com/v1/current', {
        params: { city, ...this.queryOptions },
        headers: { authorization: `Bearer ${this.apiToken}` },
        timeout: 5_000,
      }),
    );
    this.logger.debug(`air quality for ${city}: ${res.data.readings.length} stations`);
    return res.data.readings;
  }
}
