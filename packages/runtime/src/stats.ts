import type Keyv from 'keyv';
import { processStats } from './memoized-call.js';
import { META_PREFIX, METHOD_PREFIX, type EntryRecord, type MethodCounters, type MethodRecord } from './records.js';
import { closeContexts, openContexts, storeContext } from './store/store-context.js';

/** One method's counters in this process. */
export interface ProcessMethodStats extends MethodCounters {
  readonly id: string;
  readonly version: string;
  readonly cost: number;
  /** hits / calls, 0 when there were no calls. */
  readonly hitRate: number;
}

/** What the store knows, summed over every process that used it. */
export interface StoreStats {
  readonly methods: MethodRecord[];
  /** Entries with their metadata, most hit first (only with `{ entries: true }`). */
  readonly entries?: Array<EntryRecord & { readonly key: string }>;
}

export interface StatsReport {
  readonly process: ProcessMethodStats[];
  readonly store: StoreStats;
}

/**
 * Counters of this process, and the records of the store (the global store unless
 * `store` says otherwise). Pending accounting is flushed first.
 */
export async function stats(options: { store?: Keyv | string; entries?: boolean } = {}): Promise<StatsReport> {
  await flush();
  const processList: ProcessMethodStats[] = [...processStats().values()].map(({ info, counters }) => ({
    id: info.id,
    version: info.version,
    cost: info.cost,
    ...counters,
    hitRate: counters.calls === 0 ? 0 : counters.hits / counters.calls,
  }));
  const keyv = await storeContext(options.store).store.keyv();
  return { process: processList, store: await readStore(keyv, options.entries ?? false) };
}

/** Read keyproof's records from a Keyv store (the CLI uses this too). */
export async function readStore(keyv: Keyv, withEntries: boolean): Promise<StoreStats> {
  const methods: MethodRecord[] = [];
  const entries: Array<EntryRecord & { key: string }> = [];
  if (!keyv.iterator) throw new Error('this Keyv store cannot be listed (its adapter has no iterator)');
  for await (const [key, value] of keyv.iterator(undefined) as AsyncGenerator<[string, unknown]>) {
    if (key.startsWith(METHOD_PREFIX)) methods.push(value as MethodRecord);
    else if (withEntries && key.startsWith(META_PREFIX)) entries.push({ ...(value as EntryRecord), key: key.slice(META_PREFIX.length) });
  }
  methods.sort((a, b) => a.id.localeCompare(b.id));
  entries.sort((a, b) => b.hits - a.hits || a.key.localeCompare(b.key));
  return withEntries ? { methods, entries } : { methods };
}

/**
 * Remove entries (and their metadata) from a store. `method` limits it to one id,
 * `version` to one version of it. Returns how many entries were removed.
 */
export async function clearStore(keyv: Keyv, filter: { method?: string; version?: string } = {}): Promise<number> {
  if (!keyv.iterator) throw new Error('this Keyv store cannot be listed (its adapter has no iterator)');
  const doomed: string[] = [];
  let removed = 0;
  for await (const [key] of keyv.iterator(undefined) as AsyncGenerator<[string, unknown]>) {
    const isMeta = key.startsWith(META_PREFIX);
    const isMethod = key.startsWith(METHOD_PREFIX);
    const entry = isMeta ? key.slice(META_PREFIX.length) : key;
    if (isMethod) {
      const id = key.slice(METHOD_PREFIX.length);
      if (!filter.version && (!filter.method || filter.method === id)) doomed.push(key);
      continue;
    }
    // other bookkeeping (fill leases) is neither an entry nor ours to remove: it expires
    if (!isMeta && key.startsWith('~')) continue;
    const [id, version] = splitEntryKey(entry);
    if (filter.method && filter.method !== id) continue;
    if (filter.version && filter.version !== version) continue;
    doomed.push(key);
    if (!isMeta) removed++;
  }
  if (doomed.length > 0) await keyv.deleteMany(doomed);
  for (const ctx of openContexts()) ctx.front?.clear();
  return removed;
}

/** `{id}:{version}:{digest}` → [id, version]; ids may contain ':' so split from the right. */
export function splitEntryKey(key: string): [string, string] {
  const last = key.lastIndexOf(':');
  const mid = key.lastIndexOf(':', last - 1);
  return [key.slice(0, mid), key.slice(mid + 1, last)];
}

/** Write pending hit counts and counters to every open store. */
export async function flush(): Promise<void> {
  await Promise.all(openContexts().map((c) => c.accounting.flush()));
}

/** Flush and close every store keyproof opened (graceful shutdown, tests). */
export function close(): Promise<void> {
  return closeContexts();
}
