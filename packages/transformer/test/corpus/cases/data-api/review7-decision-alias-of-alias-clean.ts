// origin: review probe: `@cacheKey appConfig.warehouse` stated, the body reading `const cfg = appConfig` then `const wh = cfg.warehouse`, then wh.region
// category: data-api
// decorators: tc39
// expect: clean
// why: the body reads only the warehouse part, which the key states, through two aliases (principle 3: a decision).
import { memoize } from 'keyproof';

const appConfig = {
  warehouse: { region: process.env.WH_REGION ?? 'eu', dataset: process.env.WH_DATASET ?? 'prod' },
  ui: { theme: process.env.UI_THEME ?? 'light' },
};

export const dailyOrders = memoize(
  /** @cacheKey appConfig.warehouse */
  async function dailyOrders(day: string): Promise<number> {
    const cfg = appConfig;
    const wh = cfg.warehouse;
    const res = await fetch(`https://${wh.region}.warehouse.internal/v1/${wh.dataset}/orders?day=${day}`);
    return ((await res.json()) as { count: number }).count;
  },
  { version: 'daily-orders-v1', ttl: '1h' },
);
