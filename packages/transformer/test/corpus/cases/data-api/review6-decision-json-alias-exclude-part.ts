// origin: review probe: @excludeFromKey of one part of an imported JSON config (a row cap used only for a log), the body reading the config through a module alias
// category: data-api
// decorators: tc39
// expect: KP91046|KP91044 dataset|cfg
// why: excluding maxRows says nothing about the dataset the query reads; an exclusion of one part must not exempt every read of the alias (principle 2).
import analyticsConfig from '../config/analytics.config.json';
import { memoize } from 'keyproof';

const cfg = analyticsConfig;

interface Warehouse { rows(sql: string): Promise<{ day: string; value: number }[]> }

export class Metrics {
  constructor(private readonly warehouse: Warehouse) {}

  /** @excludeFromKey analyticsConfig.maxRows only logged */
  @memoize({ version: 'metrics-v1', ttl: '1h', cost: 0.01 })
  async daily(metric: string): Promise<{ day: string; value: number }[]> {
    const rows = await this.warehouse.rows(`SELECT day, value FROM ${cfg.warehouse.dataset}.${metric}_daily`);
    if (rows.length > cfg.maxRows) console.warn(`metric ${metric}: ${rows.length} rows over ${cfg.maxRows}`);
    return rows;
  }
}
