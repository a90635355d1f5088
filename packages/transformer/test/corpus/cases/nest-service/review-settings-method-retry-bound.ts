// origin: review probe: another service's method over ConfigService giving the attempt count of a retry loop, held in a const (methods now followed for configuration)
// category: nest-service
// decorators: legacy
// expect: clean
// why: the attempt count only decides how often a failed call is tried again; a success answers the same whichever attempt it came on (nothing more).
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

@Injectable()
export class HttpSettings {
  constructor(private readonly config: ConfigService) {}
  maxAttempts(): number {
    return this.config.get<number>('http.maxAttempts') ?? 3;
  }
}

@Injectable()
export class RatesService {
  constructor(
    private readonly http: HttpService,
    private readonly settings: HttpSettings,
  ) {}

  @memoize({ version: 'rates-v1', ttl: '1h', cost: 0.0005 })
  async rate(from: string, to: string): Promise<number> {
    const attempts = this.settings.maxAttempts();
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const { data } = await firstValueFrom(this.http.get<{ rate: number }>(`https://fx.example/${from}/${to}`));
        return data.rate;
      } catch (err) {
        lastError = err;
      }
    }
    throw lastError;
  }
}
