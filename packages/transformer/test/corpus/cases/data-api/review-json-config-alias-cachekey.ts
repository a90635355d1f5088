// origin: review probe: an imported JSON config re-bound to a local alias read in a helper, stated by its imported name with @cacheKey (aliases resolved on both sides)
// category: data-api
// decorators: tc39
// expect: clean
// why: the warehouse region and dataset come from the imported config, which the method states with @cacheKey, so a config change is another entry (nothing less holds).
import analyticsConfig from '../config/analytics.config.json';
import { memoize } from 'keyproof';

const cfg = analyticsConfig;

function tableOf(metric: string): string {
  return `${cfg.warehouse.dataset}.${metric}_daily`;
}

interface Warehouse { rows(sql: string, location: string): Promise<{ day: string; value: number }[]> }

export class Metrics {
  constructor(private readonly warehouse: Warehouse) {}

  /**
   * @cacheKey metric
   * @cacheKey analyticsConfig
   */
  @memoize({ version: 'metrics-v1', ttl: '1h', cost: 0.01 })
  async daily(metric: string): Promise<{ day: string; value: number }[]> {
    return this.warehouse.rows(`SELECT day, value FROM ${tableOf(metric)} ORDER BY day`, cfg.warehouse.region);
  }
}
