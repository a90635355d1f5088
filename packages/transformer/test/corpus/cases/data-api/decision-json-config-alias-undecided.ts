// origin: probe: twin of review-json-config-alias-only without the decision
// category: data-api
// decorators: tc39
// expect: KP91046|KP91044 cfg
// why: the dataset name comes from an imported JSON config renamed by a module const and read in a helper; nothing states it (principle 2).
import analyticsConfig from '../config/analytics.config.json';
import { memoize } from 'keyproof';

const cfg = analyticsConfig;

function tableOf(metric: string): string {
  return `${cfg.warehouse.dataset}.${metric}_daily`;
}

interface Warehouse { rows(sql: string): Promise<{ day: string; value: number }[]> }

export class Metrics {
  constructor(private readonly warehouse: Warehouse) {}

  @memoize({ version: 'metrics-v1', ttl: '1h', cost: 0.01 })
  async daily(metric: string): Promise<{ day: string; value: number }[]> {
    return this.warehouse.rows(`SELECT day, value FROM ${tableOf(metric)} ORDER BY day`);
  }
}
