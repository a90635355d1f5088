// origin: shape of an analytics API that reads its warehouse location from a JSON config through a helper (never a verbatim copy)
// category: data-api
// decorators: legacy
// expect: KP91046 analyticsConfig
// why: the memoised query calls a program helper that builds the table name from the imported `analyticsConfig` object and caps rows with it; that config shapes the upstream query and nothing decides it (principle 2).
import analyticsConfig from '../../config/analytics.config.json';
import { memoize } from 'keyproof';

export interface FunnelStep {
  step: string;
  users: number;
}

interface WarehouseApi {
  runQuery(body: { sql: string; location: string; maxRows: number }): Promise<{ rows: [string, number][] }>;
}

/** Fully qualified table, `dataset.table`, in the configured warehouse. */
function table(name: string): string {
  return `${analyticsConfig.warehouse.dataset}.${name}`;
}

function queryLimits(): { location: string; maxRows: number } {
  return { location: analyticsConfig.warehouse.region, maxRows: analyticsConfig.maxRows };
}

export class FunnelService {
  constructor(private readonly warehouse: WarehouseApi) {}

  @memoize({ version: 'funnel-v2', ttl: '6h', cost: 0.12 })
  async funnel(funnelId: string, fromDay: string, toDay: string): Promise<FunnelStep[]> {
    const sql = `
      select step, count(distinct user_id)
      from ${table('funnel_events')}
      where funnel_id = '${funnelId.replace(/'/g, "''")}'
        and event_day between '${fromDay}' and '${toDay}'
      group by step order by min(step_index)`;
    const { rows } = await this.warehouse.runQuery({ sql, ...queryLimits() });
    return rows.map(([step, users]) => ({ step, users }));
  }
}
