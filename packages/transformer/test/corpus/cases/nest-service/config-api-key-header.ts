// origin: shape of a NestJS maps service that reads its API key from ConfigService once and sends it in the x-api-key header
// category: nest-service
// decorators: legacy
// expect: clean
// why: the only configuration the body reads is a credential sent as an auth header; it authenticates the call but does not shape the answer
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

const DISTANCE_URL = 'https://maps.example.com/v1/distancematrix';

export interface Distance {
  meters: number;
  seconds: number;
}

@Injectable()
export class DistanceService {
  private readonly apiKey: string;

  constructor(private readonly http: HttpService, config: ConfigService) {
    this.apiKey = config.getOrThrow<string>('MAPS_API_KEY');
  }

  @memoize({ version: 'v1', ttl: '30d', cost: 0.005 })
  async distance(origin: string, destination: string, mode: 'driving' | 'walking'): Promise<Distance> {
    const res = await firstValueFrom(
      this.http.get<Distance>(DISTANCE_URL, {
        params: { origins: origin, destinations: destination, mode },
        headers: { 'x-api-key': this.apiKey },
      }),
    );
    return { meters: res.data.meters, seconds: res.data.seconds };
  }
}
