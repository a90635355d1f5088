import type Keyv from 'keyv';
import { Accounting } from '../accounting.js';
import { config, configGeneration } from '../config.js';
import { FrontCache } from '../front-cache.js';
import { redact } from '../printable.js';
import { defaultStoreUrl, openStoreUrl } from './adapters.js';
import { GuardedStore } from './guarded-store.js';
import { Housekeeping } from './housekeeping.js';
import { flushOnExit } from './exit-flush.js';
import { forgetReadEntries } from './read-entry.js';

/** A store with what keyproof keeps per store: its front cache and its accounting. */
export interface StoreContext {
  readonly label: string;
  /** The URL keyproof opened it from (never printed: it may hold a password); undefined for a Keyv passed in. */
  readonly url?: string;
  readonly store: GuardedStore;
  readonly front: FrontCache | undefined;
  readonly accounting: Accounting;
  /** Reclaiming expired rows, and the bound of a local store (housekeeping.ts). */
  readonly housekeeping: Housekeeping;
}

const byUrl = new Map<string, StoreContext>();
const byKeyv = new Map<Keyv, StoreContext>();
let global: { generation: number; env: string | undefined; context: StoreContext } | undefined;

function create(label: string, opening: Promise<Keyv>, url: string | undefined): StoreContext {
  const owned = url !== undefined;
  const cfg = config();
  // counters still pending when the process ends are written on the way out (exit-flush.ts)
  flushOnExit(openContexts);
  const store = new GuardedStore(opening, label, {
    timeoutMs: cfg.storeTimeoutMs,
    retryAfterMs: cfg.storeRetryAfterMs,
    owned,
  });
  const housekeeping = new Housekeeping(store, cfg.reclaimIntervalMs);
  const accounting = new Accounting(store, cfg.flushIntervalMs);
  accounting.onRecords = (n) => housekeeping.wrote(n);
  return {
    label,
    ...(url !== undefined ? { url } : {}),
    store,
    front: cfg.frontCache
      ? new FrontCache(cfg.frontCache.maxEntries, cfg.frontCache.maxBytes, cfg.frontCache.maxAgeMs ?? 60_000)
      : undefined,
    accounting,
    housekeeping,
  };
}

/** The context for a store option: a URL, a Keyv instance, or undefined for the global store. */
export function storeContext(store: Keyv | string | undefined): StoreContext {
  if (store === undefined) return globalContext();
  if (typeof store === 'string') {
    let ctx = byUrl.get(store);
    if (!ctx) {
      ctx = create(redact(store), openStoreUrl(store), store);
      byUrl.set(store, ctx);
    }
    return ctx;
  }
  let ctx = byKeyv.get(store);
  if (!ctx) {
    ctx = create('keyv instance', Promise.resolve(store), undefined);
    byKeyv.set(store, ctx);
  }
  return ctx;
}

/** `KEYPROOF_STORE`, else `configure({ store })`, else the embedded SQLite default. */
function globalContext(): StoreContext {
  // KEYPROOF_STORE is read when the global store is resolved (first use, after configure() or
  // close()), not on every call: the hit path never touches process.env
  if (global && global.generation === configGeneration()) return global.context;
  const env = process.env.KEYPROOF_STORE || undefined;
  const chosen = env ?? config().store ?? defaultStoreUrl();
  global = { generation: configGeneration(), env, context: storeContext(chosen) };
  return global.context;
}

/** Every context opened so far. */
export function openContexts(): StoreContext[] {
  const all = new Set<StoreContext>([...byUrl.values(), ...byKeyv.values()]);
  if (global) all.add(global.context);
  return [...all];
}

/** Flush accounting, close every store, forget them (tests, graceful shutdown). */
export async function closeContexts(): Promise<void> {
  const all = openContexts();
  byUrl.clear();
  byKeyv.clear();
  global = undefined;
  await Promise.all(all.map((c) => c.accounting.flush()));
  for (const c of all) c.accounting.close();
  // a run the flush's records started finishes before its store closes
  await Promise.all(all.map((c) => c.housekeeping.close()));
  await Promise.all(all.map((c) => c.store.close()));
  forgetReadEntries();
}
