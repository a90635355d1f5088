// origin: shape of an Express weather endpoint whose upstream client times each call and logs it with a generated id
// category: express-handler
// decorators: legacy
// expect: clean
// why: the clock and the id are read only for a timing log line; they shape neither the upstream request nor the answer
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Request, Response } from 'express';
import { memoize, cacheKey } from 'keyproof';

export interface Forecast {
  day: string;
  highC: number;
  lowC: number;
}

interface Log {
  debug(message: string, meta?: object): void;
}

const FORECAST_API = 'https://api.weather-vendor.example/v3/forecast';

export class ForecastClient {
  constructor(private readonly log: Log) {}

  @memoize({ version: 'v1', ttl: '1h', cost: 0.0002 })
  async daily(@cacheKey lat: number, @cacheKey lng: number): Promise<Forecast[]> {
    const callId = randomUUID();
    const t0 = performance.now();
    const res = await fetch(`${FORECAST_API}?lat=${lat.toFixed(2)}&lng=${lng.toFixed(2)}`);
    const body = (await res.json()) as { days: Forecast[] };
    this.log.debug('forecast upstream', { callId, ms: Math.round(performance.now() - t0), at: new Date().toISOString() });
    return body.days.map((d) => ({ day: d.day, highC: d.highC, lowC: d.lowC }));
  }
}

export function forecastHandler(client: ForecastClient) {
  return async (req: Request, res: Response) => {
    res.json(await client.daily(Number(req.query['lat']), Number(req.query['lng'])));
  };
}
