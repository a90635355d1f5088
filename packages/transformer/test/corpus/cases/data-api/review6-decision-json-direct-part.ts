// origin: review probe: an imported JSON config read directly, one part stated, another (the row cap in the query) not
// category: data-api
// decorators: legacy
// expect: KP91046|KP91044 maxRows|analyticsConfig
// why: the LIMIT comes from maxRows, which changes how many rows come back and is not in the key (principle 2).
import analyticsConfig from '../config/analytics.config.json';
import { memoize } from 'keyproof';

interface Warehouse { rows(sql: string, location: string): Promise<{ day: string; value: number }[]> }

export class TopDays {
  constructor(private readonly warehouse: Warehouse) {}

  /** @cacheKey analyticsConfig.warehouse */
  @memoize({ version: 'top-v1', ttl: '1h', cost: 0.01 })
  async top(metric: string): Promise<{ day: string; value: number }[]> {
    const { dataset, region } = analyticsConfig.warehouse;
    return this.warehouse.rows(`SELECT day, value FROM ${dataset}.${metric}_daily ORDER BY value DESC LIMIT ${analyticsConfig.maxRows}`, region);
  }
}
