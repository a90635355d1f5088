// origin: shape of an Express weather proxy that reads its key and version from node:process env (never a verbatim copy)
// category: express-handler
// decorators: tc39
// expect: clean
// why: the env values only supply the API key header and the User-Agent version string; neither changes the forecast (principle 3: credentials and client description).
import { env } from 'node:process';
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

export interface Forecast {
  lat: number;
  lon: number;
  hourly: { time: string; tempC: number; precipMm: number }[];
}

async function fetchForecast(lat: number, lon: number): Promise<Forecast> {
  const url = new URL('https://api.example-weather.io/v2/forecast');
  url.searchParams.set('lat', lat.toFixed(3));
  url.searchParams.set('lon', lon.toFixed(3));
  url.searchParams.set('units', 'metric');
  const res = await fetch(url, {
    headers: {
      'X-Api-Key': env.WEATHER_API_KEY ?? '',
      'User-Agent': `shop-weather/${env.npm_package_version ?? 'dev'}`,
    },
  });
  if (!res.ok) throw new Error(`weather API ${res.status} (key set: ${Boolean(env.WEATHER_API_KEY)})`);
  const body = (await res.json()) as { hourly: { t: string; temp: number; precip: number }[] };
  return { lat, lon, hourly: body.hourly.map((h) => ({ time: h.t, tempC: h.temp, precipMm: h.precip })) };
}

/** Coordinates are rounded by the caller to ~100 m, so nearby stores share entries. */
export const forecastFor = memoize(fetchForecast, { id: 'weather.forecast', ttl: '30m', cost: 0.0004 });

export const weatherRouter = Router().get('/weather', async (req: Request, res: Response) => {
  const lat = Math.round(Number(req.query.lat) * 1000) / 1000;
  const lon = Math.round(Number(req.query.lon) * 1000) / 1000;
  res.json(await forecastFor(lat, lon));
});
