import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What the store says about one memoised method, summed over its processes. */
export interface MethodFigures {
  readonly calls: number;
  readonly hits: number;
  readonly shared: number;
  readonly misses: number;
  /** `cost` × calls answered without upstream, in the unit of the method's `cost`. */
  readonly saved: number;
  /** Misses by reason, most frequent first (`new 12`, `expired 3`). */
  readonly missReasons: readonly (readonly [string, number])[];
}

/** The part of `keyproof/store` read here: the app's own runtime, so figures are read as the app wrote them. */
interface StoreApi {
  openStoreUrl(url: string): Promise<{ disconnect(): Promise<void> }>;
  readStore(keyv: unknown, withEntries: false): Promise<{ methods: readonly StoredMethod[] }>;
  defaultStoreUrl(cwd?: string): string;
  sqlitePath(url: URL): string;
}
type StoredMethod = { readonly id: string } & Record<string, unknown>;

/** How old figures may be before a hover or lens asks the store again. */
const REFRESH_MS = 5000;
const REASONS: readonly (readonly [string, string])[] = [
  ['missNew', 'new'],
  ['missExpired', 'expired'],
  ['missEvicted', 'evicted'],
  ['missCleared', 'cleared'],
  ['missInvalidated', 'invalidated'],
  ['missOtherVersion', 'other version'],
  ['missOtherPlan', 'other plan'],
  ['missUndecodable', 'undecodable'],
];

interface Reading {
  at: number;
  figures: ReadonlyMap<string, MethodFigures> | undefined;
  pending: Promise<void> | undefined;
}

/**
 * The live figures of a project's memoised methods, from the store its app writes: the
 * `store` setting, else `KEYPROOF_STORE`, else the runtime's default SQLite file when it exists
 * (reading never creates one). Read with the project's own `keyproof` package; at most every
 * few seconds; a store that is missing, down or unreadable means no figures, never an error in
 * the editor (the server's log says why, once).
 */
export class LiveFigures {
  private readonly readings = new Map<string, Reading>();
  private readonly told = new Set<string>();

  constructor(
    private readonly setting: string | undefined,
    private readonly log: (message: string) => void,
    /** Called when a reading brought new figures (a code lens may show them). */
    private readonly changed: () => void,
  ) {}

  /** The figures read for the project in `dir`, waiting up to `waitMs` for a reading under way. */
  async of(dir: string, waitMs: number): Promise<ReadonlyMap<string, MethodFigures> | undefined> {
    const reading = this.refresh(dir);
    if (reading.pending !== undefined && waitMs > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([reading.pending, new Promise((r) => (timer = setTimeout(r, waitMs)))]);
      clearTimeout(timer);
    }
    return reading.figures;
  }

  /** What was read last (a reading is started when that is old): for a code lens, which cannot wait. */
  cached(dir: string): ReadonlyMap<string, MethodFigures> | undefined {
    return this.refresh(dir).figures;
  }

  private refresh(dir: string): Reading {
    let reading = this.readings.get(dir);
    if (reading === undefined) {
      reading = { at: 0, figures: undefined, pending: undefined };
      this.readings.set(dir, reading);
    }
    if (reading.pending === undefined && Date.now() - reading.at > REFRESH_MS) {
      const r = reading;
      r.pending = this.read(dir)
        .then((figures) => {
          const before = JSON.stringify([...(r.figures ?? [])]);
          r.figures = figures;
          if (JSON.stringify([...(figures ?? [])]) !== before) this.changed();
        })
        .catch((error: unknown) => this.once(dir, `keyproof: no live figures for ${dir}: ${(error as Error).message}`))
        .finally(() => {
          r.at = Date.now();
          r.pending = undefined;
        });
    }
    return reading;
  }

  private async read(dir: string): Promise<ReadonlyMap<string, MethodFigures> | undefined> {
    const api = await loadStoreApi(dir);
    if (api === undefined) {
      this.once(dir, `keyproof: no live figures for ${dir}: the project does not resolve the keyproof package`);
      return undefined;
    }
    const url = this.setting ?? process.env['KEYPROOF_STORE'] ?? api.defaultStoreUrl(dir);
    if (url.startsWith('sqlite:') && !fs.existsSync(api.sqlitePath(new URL(url)))) return undefined;
    const keyv = await api.openStoreUrl(url);
    try {
      const { methods } = await api.readStore(keyv, false);
      return new Map(methods.map((m) => [m.id, figuresOf(m)]));
    } finally {
      await keyv.disconnect();
    }
  }

  private once(dir: string, message: string): void {
    if (this.told.has(dir)) return;
    this.told.add(dir);
    this.log(message);
  }
}

function figuresOf(m: StoredMethod): MethodFigures {
  const n = (k: string) => (typeof m[k] === 'number' ? (m[k] as number) : 0);
  return {
    calls: n('calls'),
    hits: n('hits'),
    shared: n('shared'),
    misses: n('misses'),
    saved: n('saved'),
    missReasons: REASONS.map(([k, label]) => [label, n(k)] as const)
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1]),
  };
}

/** `keyproof/store` as the project in `dir` resolves it (ESM, loaded with import()). */
async function loadStoreApi(dir: string): Promise<StoreApi | undefined> {
  let resolved: string;
  try {
    resolved = createRequire(path.join(dir, 'package.json')).resolve('keyproof/store');
  } catch {
    return undefined;
  }
  return (await import(pathToFileURL(resolved).href)) as StoreApi;
}

/** The figures as a hover's last lines. */
export function describeFigures(f: MethodFigures): string {
  const answered = f.hits + f.shared;
  const rate = f.calls === 0 ? '' : ` (${Math.round((answered / f.calls) * 100)}% answered without upstream)`;
  const lines = [
    `Live, from the store: ${f.calls} calls, ${f.hits} hits, ${f.shared} shared, ${f.misses} misses${rate}; saved ${f.saved.toFixed(2)}`,
  ];
  if (f.missReasons.length > 0)
    lines.push(`Misses by reason: ${f.missReasons.map(([r, c]) => `${r} ${c}`).join(', ')}`);
  return lines.join('\n\n');
}

/** The figures in a code lens: `82% hits of 1204 calls · saved 3.10`. */
export function lensFigures(f: MethodFigures): string {
  if (f.calls === 0) return 'no calls yet';
  return `${Math.round(((f.hits + f.shared) / f.calls) * 100)}% hits of ${f.calls} calls · saved ${f.saved.toFixed(2)}`;
}
