// origin: shape of a data-API module that fetches its feature flags once at start-up in an async IIFE and gates the export columns on them
// category: data-api
// decorators: tc39
// expect: KP* flagsReady|flags
// why: module data computed at load from a network read (inside an async IIFE) is configuration, not a constant; it shapes the upstream query unkeyed
import { memoize } from 'keyproof';

interface Flags {
  includePii: boolean;
  maxRows: number;
}

const flagsReady: Promise<Flags> = (async () => {
  const res = await fetch('https://flags.internal.example/v1/data-api');
  const body = (await res.json()) as Partial<Flags>;
  return { includePii: body.includePii ?? false, maxRows: body.maxRows ?? 1000 };
})();

interface Warehouse {
  query(sql: string, params: unknown[]): Promise<Record<string, unknown>[]>;
}

declare const warehouse: Warehouse;

export const exportCustomers = memoize(
  async function exportCustomers(segment: string, since: string): Promise<Record<string, unknown>[]> {
    const flags = await flagsReady;
    const columns = flags.includePii ? 'id, name, email, country' : 'id, country';
    return warehouse.query(
      `select ${columns} from customers where segment = $1 and created_at >= $2 limit ${flags.maxRows}`,
      [segment, since],
    );
  },
  { version: 'export-v1', ttl: '1h', cost: 0.02 },
);
