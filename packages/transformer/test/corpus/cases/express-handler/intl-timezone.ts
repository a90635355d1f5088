// origin: shape of an Express weather endpoint whose memoised forecast fetch asks for the server's own time zone (your own writing, never a verbatim copy)
// category: express-handler
// decorators: legacy
// expect: KP* timeZone|timezone|Intl
// why: nothing less: the body reads the process's Intl time zone (ambient environment, not a parameter) and sends it upstream, where it shapes the daily buckets returned
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

export interface DailyForecast {
  date: string;
  minC: number;
  maxC: number;
}

class ForecastClient {
  constructor(private readonly base: string) {}
  async daily(q: { lat: string; lng: string; timezone: string; days: number }): Promise<DailyForecast[]> {
    const qs = new URLSearchParams({ lat: q.lat, lng: q.lng, timezone: q.timezone, days: String(q.days) });
    const res = await fetch(`${this.base}/daily?${qs.toString()}`);
    return (await res.json()) as DailyForecast[];
  }
}

const forecast = new ForecastClient('https://api.weather.example/v1');

export const dailyForecast = memoize(
  async function dailyForecast(lat: number, lng: number): Promise<DailyForecast[]> {
    const timezone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    return forecast.daily({ lat: lat.toFixed(2), lng: lng.toFixed(2), timezone, days: 7 });
  },
  { version: 'wx-v1', ttl: '1h', cost: 0.0003 },
);

export const weatherRouter = Router().get('/forecast', async (req: Request, res: Response) => {
  const lat = Number(req.query.lat);
  const lng = Number(req.query.lng);
  res.json(await dailyForecast(lat, lng));
});
