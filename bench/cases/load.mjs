/**
 * Load: the runtime's promises at a real service's scale, on real stores.
 *   1. One process on a healthy Redis, a loop that yields between calls: 60k calls over 8k
 *      keys, then 150k calls over 20k keys (beyond the front cache's 10k entries). Upstream
 *      calls must equal distinct keys and no call may bypass the store; p50/p99 latency and
 *      the cold-miss latency reported.
 *   2. Exact counters: 4 processes × 25k calls over 1k keys on one Redis, and on one SQLite
 *      file. The store must record exactly 100,000 calls, hits + misses + shared = calls, and
 *      upstream calls = distinct keys.
 *   3. Listing: `keyproof stats` and `keyproof clear` on 100k entries in SQLite, Redis and
 *      PostgreSQL (wall time of the CLI, as a user runs it).
 * Starts its own Redis and PostgreSQL (.ci/services.sh) unless KEYPROOF_TEST_REDIS_URL and
 * KEYPROOF_TEST_POSTGRES_URL are set. `--quick` divides the call counts by 10 and lists 10k.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readStore, openStoreUrl } from 'keyproof/store';
import { emit } from '../lib/child.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const quick = process.argv.includes('--quick');
const scale = quick ? 10 : 1;
const log = (s) => process.stderr.write(`load: ${s}\n`);

// --- stores ---------------------------------------------------------------------------------
let servicesDir;
if (!process.env.KEYPROOF_TEST_REDIS_URL || !process.env.KEYPROOF_TEST_POSTGRES_URL) {
  log('starting Redis and PostgreSQL (.ci/services.sh)');
  const out = execFileSync('bash', [join(root, '.ci/services.sh'), 'start'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  for (const m of out.matchAll(/^export (\w+)='([^']*)'$/gm)) process.env[m[1]] = m[2];
  servicesDir = process.env.KEYPROOF_SERVICES_DIR;
}
const REDIS = process.env.KEYPROOF_TEST_REDIS_URL;
const POSTGRES = process.env.KEYPROOF_TEST_POSTGRES_URL;
const dir = mkdtempSync(join(tmpdir(), 'keyproof-load-'));
const run = Date.now().toString(36);

function child(options) {
  return new Promise((resolvePromise, reject) => {
    const p = spawn(process.execPath, [join(here, 'load-child.mjs'), JSON.stringify(options)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => p.kill('SIGKILL'), 240_000);
    p.on('close', (code) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop();
      if (code !== 0 || !last) return reject(new Error(`load-child exited ${code}: ${err.slice(-800)}`));
      resolvePromise(JSON.parse(last));
    });
  });
}

async function storeRecord(url, id) {
  const keyv = await openStoreUrl(url);
  try {
    return (await readStore(keyv, false)).methods.find((m) => m.id === id);
  } finally {
    await keyv.disconnect();
  }
}

const ms = (x) => x * 1e6; // the table takes nanoseconds
const groups = [];
try {
  // 1. one process, healthy Redis --------------------------------------------------------------
  const single = {
    group: 'load: one process on a healthy Redis, a loop that yields between calls',
    rows: [],
    notes: [],
  };
  for (const [calls, keys] of [
    [60_000 / scale, 8_000 / scale],
    [150_000 / scale, 20_000 / scale],
  ]) {
    const id = `load.single.${keys}.${run}`;
    log(`one process: ${calls} calls over ${keys} keys on Redis`);
    const r = await child({ url: REDIS, id, calls, keys, seed: 7 });
    const ok = r.upstreamCalls === r.distinct && r.bypasses === 0;
    single.rows.push(
      {
        name: `${calls} calls / ${keys} keys: upstream calls = distinct keys`,
        text: `${r.upstreamCalls} = ${r.distinct} ${r.upstreamCalls === r.distinct ? 'yes' : 'NO'}`,
      },
      { name: `${calls} calls / ${keys} keys: store-bypass events`, text: String(r.bypasses) },
      { name: `${calls} calls / ${keys} keys: call latency p50`, ns: ms(r.p50) },
      { name: `${calls} calls / ${keys} keys: call latency p99`, ns: ms(r.p99) },
      { name: `${calls} calls / ${keys} keys: cold miss p50 (store read, lease, fill)`, ns: ms(r.missP50) },
      { name: `${calls} calls / ${keys} keys: cold miss p99`, ns: ms(r.missP99) },
      { name: `${calls} calls / ${keys} keys: wall time`, ns: ms(r.ms) },
    );
    if (!ok) single.notes.push(`${calls}/${keys}: ${JSON.stringify(r.bypassReasons)}`);
  }
  groups.push(single);

  // 2. exact counters over 4 processes ------------------------------------------------------
  const exact = {
    group: `load: exact counters, 4 processes × ${25 / scale}k calls over 1k keys on one store`,
    rows: [],
    notes: [],
  };
  for (const [name, url] of [
    ['redis', REDIS],
    ['sqlite', `sqlite://${join(dir, 'exact.sqlite')}`],
  ]) {
    const id = `load.exact.${name}.${run}`;
    const calls = 25_000 / scale;
    log(`4 processes × ${calls} calls over 1000 keys on ${name}`);
    const startAt = Date.now() + 3000;
    const reports = await Promise.all(
      [1, 2, 3, 4].map((seed) => child({ url, id, calls, keys: 1_000, seed, startAt })),
    );
    const record = await storeRecord(url, id);
    const upstream = reports.reduce((n, r) => n + r.upstreamCalls, 0);
    const bypasses = reports.reduce((n, r) => n + r.bypasses, 0);
    const sum = record ? record.hits + record.misses + record.shared : 0;
    exact.rows.push(
      { name: `${name}: calls recorded (of ${4 * calls})`, text: String(record?.calls ?? 0) },
      {
        name: `${name}: hits + misses + shared`,
        text: `${record?.hits} + ${record?.misses} + ${record?.shared} = ${sum}`,
      },
      {
        name: `${name}: upstream calls (recorded / made / distinct keys)`,
        text: `${record?.upstreamCalls} / ${upstream} / 1000`,
      },
      { name: `${name}: store-bypass events`, text: String(bypasses) },
      { name: `${name}: slowest process p99 latency`, ns: ms(Math.max(...reports.map((r) => r.p99))) },
    );
  }
  groups.push(exact);

  // 3. stats and clear on 100k entries ------------------------------------------------------
  const entries = 100_000 / scale;
  const listing = {
    group: `load: keyproof stats and clear on ${entries / 1000}k entries (CLI wall time)`,
    rows: [],
    notes: [],
  };
  const stores = [
    ['sqlite', `sqlite://${join(dir, 'listing.sqlite')}`],
    ['redis', REDIS],
    ['postgres', POSTGRES],
  ];
  for (const [name, url] of stores) {
    const id = `load.listing.${name}.${run}`;
    log(`${name}: writing ${entries} entries`);
    await plant(url, id, entries);
    const stats = await cli(['stats', '--json', '--store', url]);
    const shown = JSON.parse(stats.stdout).methods.find((m) => m.id === id)?.entries;
    const clear = await cli(['clear', '--method', id, '--store', url]);
    listing.rows.push(
      { name: `${name}: keyproof stats (${shown} entries shown)`, ns: ms(stats.ms) },
      {
        name: `${name}: keyproof clear --method (${clear.stdout.match(/Removed (\d+)/)?.[1]} removed)`,
        ns: ms(clear.ms),
      },
    );
  }
  groups.push(listing);
} finally {
  if (servicesDir) execFileSync('bash', [join(root, '.ci/services.sh'), 'stop', servicesDir], { stdio: 'ignore' });
}
emit(groups);

async function cli(args) {
  const t0 = Date.now();
  const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'packages/cli/dist/bin.js'), ...args], {
    maxBuffer: 256 << 20,
    timeout: 120_000,
  });
  return { stdout, ms: Date.now() - t0 };
}

/** Write `n` entries with their records straight into the store, the layout the runtime writes. */
async function plant(url, id, n) {
  const keyv = await openStoreUrl(url);
  const now = Date.now();
  const plan = {
    format: 1,
    id,
    source: 'bench/cases/load.mjs',
    fields: [{ name: 'n', index: 0 }],
    excluded: [],
    signature: 'bench',
  };
  await keyv.set(`~method:${id}`, { id, version: '0', cost: 0.01, ttlMs: null, plan, updatedAt: now });
  const value = Buffer.from([1, 0xff, 0x0f, 0x49, 0x02]).toString('base64');
  const rows = [];
  for (let i = 0; i < n; i++) {
    const key = `${id}:0:${createHash('sha256').update(String(i)).digest('hex')}`;
    rows.push([`keyproof:${key}`, JSON.stringify({ value, expires: null })]);
    rows.push([
      `keyproof:~meta:${key}`,
      JSON.stringify({
        value: { id, version: '0', createdAt: now, size: 5, hits: i % 7, lastHitAt: null, expiresAt: null },
        expires: null,
      }),
    ]);
  }
  const store = keyv.store;
  const dialect = store.opts?.dialect;
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = rows.slice(i, i + 2000);
    if (dialect === 'sqlite') {
      await store.query(
        `INSERT OR REPLACE INTO keyv (key, value) SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]') FROM json_each(?) AS j`,
        JSON.stringify(chunk),
      );
    } else if (dialect === 'postgres') {
      await store.query(
        'INSERT INTO keyv (key, value) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [chunk.map((r) => r[0]), chunk.map((r) => r[1])],
      );
    } else {
      const client = await store.getClient();
      await client.sendCommand(['MSET', ...chunk.flatMap(([k, v]) => [`keyproof::${k}`, v])]);
    }
  }
  await keyv.disconnect();
}
