// origin: review probe: an Express module with a module-level URLSearchParams of fixed defaults, copied into each request's query
// category: express-handler
// decorators: tc39
// expect: clean
// why: the defaults are built once from literals and never changed; the answer depends on the city only (nothing more).
import { memoize } from 'keyproof';

const DEFAULTS = new URLSearchParams({ units: 'metric', lang: 'en' });

export const forecast = memoize(
  async function forecast(city: string): Promise<unknown> {
    const res = await fetch(`https://weather.internal/v1/forecast?city=${encodeURIComponent(city)}&${DEFAULTS.toString()}&units=${DEFAULTS.get('units')}`);
    return res.json();
  },
  { version: 'wx-v1', ttl: '10m' },
);
