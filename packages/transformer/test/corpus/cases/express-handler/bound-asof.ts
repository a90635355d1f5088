// origin: shape of an Express weather route that partially applies a memoised forecast with bind and supplies the observation time last (your own writing)
// category: express-handler
// decorators: legacy
// expect: KP* asOf
// why: `asOf` is a parameter (so keyed) and every call passes `new Date()` to it through a bound function: a clock in the key (nothing more)
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

interface WeatherClient { forecast(lat: number, lon: number, from: string): Promise<{ hourly: number[] }> }
declare const weather: WeatherClient;

export const forecast = memoize(
  async function forecast(lat: number, lon: number, asOf: Date): Promise<number[]> {
    const res = await weather.forecast(lat, lon, asOf.toISOString());
    return res.hourly.slice(0, 24);
  },
  { ttl: '30m', cost: 0.0002 },
);

export const weatherRoutes = Router();

weatherRoutes.get('/weather', async (req: Request, res: Response) => {
  const lat = Number(req.query.lat ?? 0);
  const lon = Number(req.query.lon ?? 0);
  const here = forecast.bind(null, lat, lon);
  const hourly = await here(new Date());
  res.json({ lat, lon, hourly });
});
