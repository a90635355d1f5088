// origin: review probe: HttpService.get with `{ params, timeout }` as the request config, the timeout from configuration
// category: nest-service
// decorators: legacy
// expect: clean
// why: the axios config's timeout only bounds how long the call may take; a timed-out call throws and nothing is cached (principle 3).
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

@Injectable()
export class Weather {
  constructor(private readonly http: HttpService, private readonly config: ConfigService) {}

  @memoize({ version: 'weather-v1', ttl: '10m' })
  async forecast(city: string): Promise<unknown> {
    const timeout = this.config.get<number>('WEATHER_TIMEOUT_MS') ?? 2000;
    const params = { city, days: 3 };
    const res = await firstValueFrom(this.http.get('https://weather.internal/v1/forecast', { params, timeout }));
    return res.data;
  }
}
