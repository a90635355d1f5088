// origin: data-fair/data-fair@cda36f405613372066bfbefb63311755f6ebd628 api/src/api-compat/ods/index.ts:33-43 (owner's compat-ODS setting memoised per owner type and id; with it, api/src/admin/elasticsearch-diagnose-service.ts:19-49, cluster watermark settings memoised for a minute)
// category: data-api
// decorators: tc39
// expect: clean
// proof: api/src/api-compat/ods/index.ts:33 `const getCompatODS = memoize(async (type: string, id: string) => {`
//
// getCompatODS reads its two arguments and the Mongo handle; getClusterAllocSettings takes no
// argument and reads the Elasticsearch handle and numeric constants. Both handles are
// process-wide services. Callers: the ODS-compat records/exports routes call
// `getCompatODS(dataset.owner.type, dataset.owner.id)` (ods/index.ts:53, :169).
import { memoize } from 'keyproof';

import { es, mongo } from './clients';

export const getCompatODS = memoize(async function getCompatODS(type: string, id: string) {
  const settings = await mongo.db.collection<{ compatODS?: boolean }>('settings')
    .findOne({ type, id }, { projection: { compatODS: 1 } });
  return settings && settings.compatODS;
}, { ttl: '1m' });

// Watermarks rarely change; refresh once a minute.
const DEFAULT_LOW = 85;
const DEFAULT_HIGH = 90;
const DEFAULT_FLOOD = 95;
const DEFAULT_MAX_SHARDS_PER_NODE = 1000;

const parsePct = (raw: string | undefined, fallback: number): number => {
  if (!raw) return fallback;
  // ES accepts "85%" (percentage of disk) or absolute "10gb" (absolute free space).
  // We only handle percent values here — falling back to defaults for absolute values
  // is fine; the dashboard chip is informational, not a precise threshold check.
  if (raw.endsWith('%')) return Number(raw.slice(0, -1));
  return fallback;
};

export const getClusterAllocSettings = memoize(async function getClusterAllocSettings(): Promise<{
  lowPct: number, highPct: number, floodPct: number, maxShardsPerNode: number | null
}> {
  const s = await es.client.cluster.getSettings({ include_defaults: true, flat_settings: true });
  const get = (key: string): string | undefined =>
    s.persistent?.[key] ?? s.transient?.[key] ?? s.defaults?.[key];
  const rawMax = get('cluster.max_shards_per_node');
  const parsedMax = rawMax != null ? Number(rawMax) : DEFAULT_MAX_SHARDS_PER_NODE;
  return {
    lowPct: parsePct(get('cluster.routing.allocation.disk.watermark.low'), DEFAULT_LOW),
    highPct: parsePct(get('cluster.routing.allocation.disk.watermark.high'), DEFAULT_HIGH),
    floodPct: parsePct(get('cluster.routing.allocation.disk.watermark.flood_stage'), DEFAULT_FLOOD),
    maxShardsPerNode: Number.isFinite(parsedMax) ? parsedMax : DEFAULT_MAX_SHARDS_PER_NODE
  };
}, { ttl: '1m' });
