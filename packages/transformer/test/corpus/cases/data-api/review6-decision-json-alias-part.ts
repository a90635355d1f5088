// origin: review probe: an imported JSON config renamed by a module const, one part stated by its imported name, another part read through the alias
// category: data-api
// decorators: tc39
// expect: KP91046|KP91044 dataset|cfg
// why: the region is stated, but the dataset (which table is read) also comes from the config and is not; a decision on one part does not decide the whole (principle 2).
import analyticsConfig from '../config/analytics.config.json';
import { memoize } from 'keyproof';

const cfg = analyticsConfig;

interface Warehouse { rows(sql: string, location: string): Promise<{ day: string; value: number }[]> }

export class Metrics {
  constructor(private readonly warehouse: Warehouse) {}

  /** @cacheKey analyticsConfig.warehouse.region */
  @memoize({ version: 'metrics-v1', ttl: '1h', cost: 0.01 })
  async daily(metric: string): Promise<{ day: string; value: number }[]> {
    return this.warehouse.rows(`SELECT day, value FROM ${cfg.warehouse.dataset}.${metric}_daily`, cfg.warehouse.region);
  }
}
