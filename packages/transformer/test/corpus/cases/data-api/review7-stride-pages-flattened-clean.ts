// origin: review probe: ids fetched in batches of a configured size, each batch's rows pushed whole and flattened after the loop
// category: data-api
// decorators: tc39
// expect: clean
// why: the batches are flattened back into one list of rows, the same for any width, so the width only says how the question travels (principle 3).
import { memoize } from 'keyproof';

const LOOKUP_BATCH = Number(process.env.LOOKUP_BATCH ?? 50);

interface Customer { id: string; name: string }

export const customersById = memoize(
  async function customersById(ids: string[]): Promise<Customer[]> {
    const batches: Customer[][] = [];
    for (let i = 0; i < ids.length; i += LOOKUP_BATCH) {
      const res = await fetch(`https://crm.internal/v1/customers?ids=${ids.slice(i, i + LOOKUP_BATCH).join(',')}`);
      batches.push((await res.json()) as Customer[]);
    }
    return batches.flat();
  },
  { version: 'customers-by-id-v1', ttl: '10m' },
);
