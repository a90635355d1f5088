// origin: shape of an Express weather widget backend that caches a paid forecast API (never a verbatim copy)
// category: express-handler
// decorators: tc39
// expect: KP91044|KP91046 toLocaleDateString
// why: the helper formats the issue date with the process's default locale and time zone, and that text is part of the cached answer, so it differs between machines (principle 4). Scored: KP91044, the code keyproof gives every per-process value that reaches the answer (the default locale or time zone, the host), so the expectation takes either code.
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

interface ForecastPoint {
  time: string;
  tempC: number;
  precipMm: number;
}

export interface ForecastCard {
  headline: string;
  issued: string;
  points: ForecastPoint[];
}

const FORECAST_URL = 'https://api.open-meteo.com/v1/forecast';

function issuedLabel(isoTime: string): string {
  // e.g. "Issued 12/7/2026"
  return `Issued ${new Date(isoTime).toLocaleDateString()}`;
}

class ForecastService {
  @memoize({ version: 'forecast-v3', ttl: '30m', cost: 0.001 })
  async card(lat: number, lon: number): Promise<ForecastCard> {
    const url = `${FORECAST_URL}?latitude=${lat}&longitude=${lon}&hourly=temperature_2m,precipitation`;
    const res = await fetch(url);
    const body = (await res.json()) as {
      generated_at: string;
      hourly: { time: string[]; temperature_2m: number[]; precipitation: number[] };
    };
    const points = body.hourly.time.slice(0, 12).map((time, i) => ({
      time,
      tempC: body.hourly.temperature_2m[i] ?? NaN,
      precipMm: body.hourly.precipitation[i] ?? 0,
    }));
    const max = Math.max(...points.map((p) => p.tempC));
    return { headline: `Up to ${Math.round(max)}°C`, issued: issuedLabel(body.generated_at), points };
  }
}

const forecasts = new ForecastService();
export const weatherRouter = Router();

weatherRouter.get('/forecast', async (req: Request, res: Response) => {
  const lat = Number(req.query.lat);
  const lon = Number(req.query.lon);
  res.json(await forecasts.card(lat, lon));
});
