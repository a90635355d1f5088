// origin: review probe: another service's getter over ConfigService giving an HTTP timeout, held in a const and passed as `{ timeout }` shorthand (getters now followed)
// category: nest-service
// decorators: legacy
// expect: clean
// why: the timeout only bounds how long the request may take; it asks nothing different and a timed-out call fails (nothing more).
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

@Injectable()
export class WeatherSettings {
  constructor(private readonly config: ConfigService) {}
  get timeout(): number {
    return this.config.get<number>('weather.timeoutMs') ?? 4000;
  }
}

@Injectable()
export class ForecastService {
  constructor(
    private readonly http: HttpService,
    private readonly settings: WeatherSettings,
  ) {}

  @memoize({ version: 'forecast-v1', ttl: '30m', cost: 0.001 })
  async daily(lat: number, lng: number): Promise<{ day: string; max: number }[]> {
    const timeout = this.settings.timeout;
    const { data } = await firstValueFrom(
      this.http.get<{ daily: { day: string; max: number }[] }>('https://api.weather.example/forecast', {
        params: { lat, lng },
        timeout,
      }),
    );
    return data.daily;
  }
}
