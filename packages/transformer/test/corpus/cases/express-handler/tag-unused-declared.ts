// origin: shape of an Express weather API library module: its service declares a tag for callers to invalidate, nothing in this program does
// category: express-handler
// decorators: tc39
// expect: clean
// why: a declared tag that nothing invalidates is fine (a library offers it to its users); no error
import { Router, type Request, type Response } from 'express';
import { memoize, tag } from 'keyproof';

interface Forecast {
  city: string;
  tempC: number;
}

declare const weather: { forecast(city: string, units: string): Promise<Forecast> };

export class ForecastService {
  /**
   * @param units 'metric' or 'imperial'
   */
  @memoize({ id: 'weather.forecast', ttl: '30m', tags: ({ city }) => [tag('city', city)] })
  async forecast(city: string, units: string): Promise<Forecast> {
    const f = await weather.forecast(city, units);
    return { city: f.city, tempC: f.tempC };
  }
}

const forecasts = new ForecastService();
export const router = Router();
router.get('/forecast/:city', async (req: Request, res: Response) => {
  res.json(await forecasts.forecast(req.params.city, 'metric'));
});
