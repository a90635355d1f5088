// origin: review probe: rows fetched in batches of a configured size, joined with a spread; a failed batch makes the whole lookup return an empty list
// category: data-api
// decorators: tc39
// expect: clean
// why: the rows come back whole for any width, and a failure gives the same empty answer whatever the width, so the width only says how the question travels (principle 3).
import { memoize } from 'keyproof';

const BATCH = Number(process.env.ORDER_BATCH ?? 100);

export const orderTotals = memoize(
  async function orderTotals(orderIds: string[]): Promise<number[]> {
    const totals: number[] = [];
    for (let i = 0; i < orderIds.length; i += BATCH) {
      const res = await fetch(`https://orders.internal/v1/totals?ids=${orderIds.slice(i, i + BATCH).join(',')}`);
      if (!res.ok) return [];
      totals.push(...((await res.json()) as number[]));
    }
    return totals;
  },
  { version: 'order-totals-v1', ttl: '5m' },
);
