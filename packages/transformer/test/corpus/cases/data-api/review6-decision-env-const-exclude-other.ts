// origin: review probe: @excludeFromKey of one env constant (a mirror host), another env constant (the dataset) also sent
// category: data-api
// decorators: legacy
// expect: KP91044 DATASET
// why: the exclusion covers the mirror only; the dataset picks which rows come back (principle 2).
import { memoize } from 'keyproof';

const MIRROR = process.env.DATA_MIRROR ?? 'data.internal';
const DATASET = process.env.DATASET ?? 'prod';

export class Rows {
  /** @excludeFromKey MIRROR every mirror serves the same rows */
  @memoize({ version: 'rows-v1', ttl: '1h' })
  async rows(table: string): Promise<unknown[]> {
    const res = await fetch(`https://${MIRROR}/${DATASET}/${table}`);
    return (await res.json()) as unknown[];
  }
}
