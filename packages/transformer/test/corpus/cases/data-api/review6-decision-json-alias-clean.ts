// origin: review probe: an imported JSON config read through a module alias in the body itself, stated whole by the alias's name
// category: data-api
// decorators: tc39
// expect: clean
// why: the config is in the key under the name the body reads it by (nothing less holds).
import analyticsConfig from '../config/analytics.config.json';
import { memoize } from 'keyproof';

const cfg = analyticsConfig;

interface Warehouse { rows(sql: string, location: string): Promise<{ day: string; value: number }[]> }

export class Metrics {
  constructor(private readonly warehouse: Warehouse) {}

  /** @cacheKey cfg */
  @memoize({ version: 'metrics-v1', ttl: '1h', cost: 0.01 })
  async daily(metric: string): Promise<{ day: string; value: number }[]> {
    return this.warehouse.rows(`SELECT day, value FROM ${cfg.warehouse.dataset}.${metric}_daily`, cfg.warehouse.region);
  }
}
