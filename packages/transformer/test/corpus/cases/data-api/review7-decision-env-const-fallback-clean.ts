// origin: review probe: `@cacheKey process.env.REGION` stated, the body reading a module constant that holds it with a default (`?? 'eu-west-1'`)
// category: data-api
// decorators: tc39
// expect: clean
// why: the constant is the environment variable the key states (with a fixed default), so the decision decides it (principle 3: a decision).
import { memoize } from 'keyproof';

const REGION = process.env.REGION ?? 'eu-west-1';

export const warehouseStock = memoize(
  /** @cacheKey process.env.REGION */
  async function warehouseStock(sku: string): Promise<number> {
    const res = await fetch(`https://stock.${REGION}.internal/v1/${sku}`);
    return ((await res.json()) as { units: number }).units;
  },
  { version: 'warehouse-stock-v1', ttl: '5m' },
);
