// origin: shape of a data-API metrics client that marks its cache with the moment the process booted, "so a deploy starts fresh"
// category: data-api
// decorators: legacy
// expect: KP* bootedAt
// why: a @cacheKey field set from the clock at construction makes each instance's key its own (a per-call origin in the key), not configuration
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize, cacheKey } from 'keyproof';

export interface SeriesPoint {
  t: string;
  value: number;
}

@Injectable()
export class MetricsQueryClient {
  @cacheKey private readonly bootedAt: number = Date.now();

  constructor(private readonly http: HttpService) {}

  @memoize({ version: 'series-v1', ttl: '10m', cost: 0.001 })
  async series(metric: string, from: string, to: string, stepSec: number): Promise<SeriesPoint[]> {
    const res = await firstValueFrom(
      this.http.get<{ points: [string, number][] }>('https://metrics.internal.example/api/v1/query_range', {
        params: { query: metric, start: from, end: to, step: stepSec },
      }),
    );
    return res.data.points.map(([t, value]) => ({ t, value }));
  }
}
