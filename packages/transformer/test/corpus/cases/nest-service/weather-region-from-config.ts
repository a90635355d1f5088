// origin: shape of a NestJS weather-forecast service that reads its region from ConfigService in the constructor
// category: nest-service
// decorators: legacy
// expect: KP* region
// why: the region field is set from configuration per deployment and chooses the upstream host, yet is neither keyed nor excluded (nothing less)
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export interface Forecast {
  city: string;
  days: { date: string; highC: number; lowC: number }[];
}

@Injectable()
export class ForecastService {
  private readonly logger = new Logger(ForecastService.name);
  private readonly region: string;

  constructor(
    private readonly http: HttpService,
    config: ConfigService,
  ) {
    this.region = config.get<string>('WEATHER_REGION') ?? 'eu';
  }

  @memoize({ version: 'v1', ttl: '3h', cost: 0.002 })
  async forecast(city: string, days: number): Promise<Forecast> {
    const url = `https://${this.region}.api.weather.example.com/v2/forecast`;
    this.logger.debug(`forecast ${city} (${days}d)`);
    const res = await firstValueFrom(
      this.http.get<Forecast>(url, { params: { q: city, days } }),
    );
    return { city, days: res.data.days.slice(0, days) };
  }
}
