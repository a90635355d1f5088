// origin: shape of an Express weather widget using the default export of node:process (never a verbatim copy)
// category: express-handler
// decorators: tc39
// expect: KP91044 WEATHER_UNITS
// why: WEATHER_UNITS is read from the environment inside the memoised function and changes the numbers the upstream returns (metric vs imperial), with no key decision (principle 2).
import process from 'node:process';
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

export interface CurrentConditions {
  city: string;
  temperature: number;
  windSpeed: number;
  summary: string;
}

export const currentConditions = memoize(
  async function currentConditions(city: string): Promise<CurrentConditions> {
    const url = new URL('https://api.example-weather.io/v2/current');
    url.searchParams.set('q', city);
    // US storefronts deploy with WEATHER_UNITS=imperial.
    url.searchParams.set('units', process.env.WEATHER_UNITS ?? 'metric');
    const res = await fetch(url, { headers: { 'X-Api-Key': process.env.WEATHER_API_KEY ?? '' } });
    if (!res.ok) throw new Error(`weather API answered ${res.status}`);
    const body = (await res.json()) as { name: string; main: { temp: number }; wind: { speed: number }; weather: { description: string }[] };
    return {
      city: body.name,
      temperature: body.main.temp,
      windSpeed: body.wind.speed,
      summary: body.weather[0]?.description ?? '',
    };
  },
  { ttl: '10m', cost: 0.0002 },
);

export const widgetRouter = Router().get('/widget/weather/:city', async (req: Request<{ city: string }>, res: Response) => {
  res.set('Cache-Control', 'public, max-age=300');
  res.json(await currentConditions(req.params.city));
});
