// origin: shape of a weather-data module whose client factory returns an object of methods closing over its options
// category: data-api
// decorators: legacy
// expect: KP* region|opts|WEATHER_REGION
// why: the client's methods close over opts.region, read from the environment; the region picks the upstream host but is not keyed
import { memoize } from 'keyproof';

interface ClientOptions {
  region: string;
  units: 'metric' | 'imperial';
}

export interface Forecast {
  day: string;
  minC: number;
  maxC: number;
}

function createClient(opts: ClientOptions) {
  const host = `https://${opts.region}.weather.example.com`;
  return {
    async daily(lat: number, lng: number, days: number): Promise<Forecast[]> {
      const res = await fetch(`${host}/v1/daily?lat=${lat}&lng=${lng}&days=${days}&units=${opts.units}`);
      return ((await res.json()) as { daily: Forecast[] }).daily;
    },
    async ping(): Promise<boolean> {
      return (await fetch(`${host}/health`)).ok;
    },
  };
}

const client = createClient({ region: process.env.WEATHER_REGION ?? 'eu', units: 'metric' });

export class ForecastService {
  @memoize({ version: 'wx-v1', ttl: '3h', cost: 0.0002 })
  async forecast(lat: number, lng: number): Promise<Forecast[]> {
    const rounded = [Math.round(lat * 100) / 100, Math.round(lng * 100) / 100] as const;
    return client.daily(rounded[0], rounded[1], 7);
  }
}
