// origin: review probe: `@cacheKey process.env.REGION` stated, the body reading REGION taken by a module-level `const { REGION = 'eu' } = process.env`
// category: data-api
// decorators: tc39
// expect: clean
// why: the constant holds the environment variable the key states, so the decision decides it (principle 3: a decision).
import { memoize } from 'keyproof';

const { REGION = 'eu' } = process.env;

export const regionHolidays = memoize(
  /** @cacheKey process.env.REGION */
  async function regionHolidays(year: number): Promise<string[]> {
    const res = await fetch(`https://calendar.internal/v1/${REGION}/holidays?year=${year}`);
    return (await res.json()) as string[];
  },
  { version: 'region-holidays-v1', ttl: '1d' },
);
