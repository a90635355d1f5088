// origin: shape of a warehouse metrics wrapper whose module keeps a runtime-registered alias table consulted by a table-name helper
// category: data-api
// decorators: legacy
// expect: KP* datasetAliases|resolveTable
// why: dailyActiveUsers() builds its SQL with resolveTable(), which reads the module Map datasetAliases that registerDatasetAlias() fills at run time, so the same arguments can query another table.
import { memoize, notKey } from 'keyproof';

export interface WarehouseClient {
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
}

/** Filled at startup from the tenant catalogue, and again whenever a tenant is migrated. */
const datasetAliases = new Map<string, string>();

export function registerDatasetAlias(alias: string, dataset: string): void {
  datasetAliases.set(alias, dataset);
}

function resolveTable(datasetName: string): string {
  const dataset = datasetAliases.get(datasetName) ?? datasetName;
  return `analytics.${dataset}.events`;
}

export class DailyActiveUsersApi {
  constructor(private readonly warehouse: WarehouseClient) {}

  @memoize({ version: 'dau-v1', ttl: '6h', cost: 0.01 })
  async dailyActiveUsers(datasetName: string, day: string, @notKey requestId: string): Promise<number> {
    console.info(`[dau] request ${requestId}: ${datasetName} ${day}`);
    const rows = await this.warehouse.query<{ dau: number }>(
      `SELECT COUNT(DISTINCT user_id) AS dau FROM ${resolveTable(datasetName)} WHERE event_date = ?`,
      [day],
    );
    return rows[0]?.dau ?? 0;
  }
}
