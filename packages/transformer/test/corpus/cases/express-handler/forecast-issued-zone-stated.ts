// origin: shape of an Express weather widget backend that caches a paid forecast API (never a verbatim copy)
// category: express-handler
// decorators: tc39
// expect: clean
// why: the machine's time zone does shape the issued label, but it is read once into SERVER_TZ and stated with @cacheKey, and the locale is fixed (principles 3 and 4).
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

interface ForecastPoint {
  time: string;
  tempC: number;
}

export interface ForecastCard {
  headline: string;
  issued: string;
  points: ForecastPoint[];
}

const FORECAST_URL = 'https://api.open-meteo.com/v1/forecast';
/** Labels are shown in the server's zone (each region runs its own deployment). */
const SERVER_TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;

function issuedLabel(isoTime: string, timeZone: string): string {
  const fmt = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return `Issued ${fmt.format(new Date(isoTime))}`;
}

class ForecastService {
  /**
   * Twelve hours of forecast for a point.
   * @cacheKey SERVER_TZ
   */
  @memoize({ version: 'forecast-v3', ttl: '30m', cost: 0.001 })
  async card(lat: number, lon: number): Promise<ForecastCard> {
    const res = await fetch(`${FORECAST_URL}?latitude=${lat}&longitude=${lon}&hourly=temperature_2m`);
    const body = (await res.json()) as { generated_at: string; hourly: { time: string[]; temperature_2m: number[] } };
    const points = body.hourly.time.slice(0, 12).map((time, i) => ({ time, tempC: body.hourly.temperature_2m[i] ?? NaN }));
    const max = Math.max(...points.map((p) => p.tempC));
    return { headline: `Up to ${Math.round(max)}°C`, issued: issuedLabel(body.generated_at, SERVER_TZ), points };
  }
}

const forecasts = new ForecastService();
export const weatherRouter = Router();

weatherRouter.get('/forecast', async (req: Request, res: Response) => {
  res.json(await forecasts.card(Number(req.query.lat), Number(req.query.lon)));
});
