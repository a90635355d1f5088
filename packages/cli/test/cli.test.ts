import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { populateStore } from './populate-store.js';
import { BIN, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'keyproof-cli-'));
const storeFile = join(dir, 'cache.sqlite');
const store = ['--store', `sqlite://${storeFile}`];
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

interface StatsJson {
  methods: Array<{
    id: string;
    entries: number;
    calls: number;
    hits: number;
    misses: number;
    upstreamCalls: number;
    avoided: number;
    hitRate: number;
    saved: number;
    cost: number;
  }>;
  totals: { entries: number; saved: number; avoided: number };
  topEntries: Array<{ id: string; hits: number }>;
}

async function statsJson(): Promise<StatsJson> {
  const run = await runCli(['stats', '--json', ...store]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as StatsJson;
}

beforeAll(async () => {
  const upstream = await populateStore(`sqlite://${storeFile}`);
  expect(upstream).toEqual({ classifyUpstream: 2, describeUpstream: 1 });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('keyproof stats', () => {
  it('reports per-method figures from the SQLite file the runtime wrote', async () => {
    const stats = await statsJson();
    const classify = stats.methods.find((m) => m.id === 'Classifier.classify');
    const describeM = stats.methods.find((m) => m.id === 'Photos.describe');
    expect(classify).toMatchObject({
      entries: 2,
      calls: 6,
      hits: 4,
      misses: 2,
      upstreamCalls: 2,
      avoided: 4,
      cost: 0.25,
    });
    expect(classify?.hitRate).toBeCloseTo(4 / 6);
    expect(classify?.saved).toBeCloseTo(1.0);
    expect(describeM).toMatchObject({ entries: 1, calls: 3, hits: 2, upstreamCalls: 1, avoided: 2 });
    expect(describeM?.saved).toBeCloseTo(1.0);
    expect(stats.totals.entries).toBe(3);
    expect(stats.totals.saved).toBeCloseTo(2.0);
    expect(stats.topEntries[0]).toMatchObject({ id: 'Classifier.classify', hits: 3 });
  });

  it('prints a readable table by default', async () => {
    const run = await runCli(['stats', ...store]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /method\s+version\s+entries\s+calls\s+hits\s+misses\s+hit rate\s+upstream\s+avoided\s+cost\/call\s+saved/,
    );
    expect(run.stdout).toMatch(/Classifier\.classify\s+m1\s+2\s+6\s+4\s+2\s+66\.7%\s+2\s+4\s+0\.25\s+1\.00/);
    expect(run.stdout).toMatch(/Photos\.describe\s+d1\s+1\s+3\s+2\s+1\s+66\.7%\s+1\s+2\s+0\.50\s+1\.00/);
    expect(run.stdout).toContain('Most reused entries:');
  });

  it('--since windows what the entries can date (written, hit) and says the counters are all-time', async () => {
    const run = await runCli(['stats', '--since', '7d', ...store]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'calls, hits and saved above are all-time totals, which the store does not keep by time',
    );
    expect(run.stdout).toMatch(
      / {2}Classifier\.classify: 2 entries written, 2 entries hit\n {2}Photos\.describe: 1 entry written, 1 entry hit/,
    );
    const json = JSON.parse((await runCli(['stats', '--since', '1h', '--json', ...store])).stdout) as {
      since: { methods: Array<{ id: string; entriesWritten: number }> };
    };
    expect(json.since.methods.find((m) => m.id === 'Photos.describe')).toMatchObject({ entriesWritten: 1 });
    const bad = await runCli(['stats', '--since', 'last week', ...store]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since takes a duration like 90s, 15m, 12h, 7d or 2w');
  });

  it('prints every amount with the same decimals, in the currency asked for (--currency, KEYPROOF_CURRENCY)', async () => {
    const plain = await runCli(['stats', ...store]);
    expect(plain.stdout).toMatch(/Total: .*, 2\.00 saved,/);
    const usd = await runCli(['stats', '--currency', 'usd', ...store]);
    expect(usd.stdout).toMatch(/Total: .*, \$2\.00 saved,/);
    expect(usd.stdout).toMatch(/Classifier\.classify .* \$0\.25 +\$1\.00\n/);
    const eur = await runCli(['stats', ...store], { env: { KEYPROOF_CURRENCY: 'EUR' } });
    expect(eur.stdout).toContain('€2.00 saved');
    expect(JSON.parse((await runCli(['stats', '--json', '--currency', 'EUR', ...store])).stdout)).toMatchObject({
      currency: 'EUR',
    });
    const bad = await runCli(['stats', '--currency', 'dollars', ...store]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"dollars" is not an ISO 4217 currency code');
  });

  it('reads KEYPROOF_STORE, and the default store under the working directory', async () => {
    const viaEnv = await runCli(['stats', '--json'], { env: { KEYPROOF_STORE: `sqlite://${storeFile}` } });
    expect(viaEnv.code).toBe(0);
    expect(JSON.parse(viaEnv.stdout).totals.entries).toBe(3);
    const empty = mkdtempSync(join(tmpdir(), 'keyproof-cwd-'));
    const viaDefault = await runCli(['stats'], { cwd: empty });
    expect(viaDefault.code).toBe(1);
    expect(viaDefault.stderr).toContain(join(empty, '.keyproof', 'cache.sqlite'));
    rmSync(empty, { recursive: true, force: true });
  });
});

describe('keyproof explain', () => {
  it('shows the key plan, the exclusions with their reasons, the warnings it accepts, and recent entries', async () => {
    const run = await runCli(['explain', 'Classifier.classify', ...store]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('declared at   src/classifier.ts:12');
    expect(run.stdout).toMatch(/version\s+m1/);
    expect(run.stdout).toContain('1. text (parameter 1), normalised by normalize.text');
    expect(run.stdout).toContain('- requestId (parameter 2): unique per request');
    expect(run.stdout).toContain('Warnings accepted (@acknowledge):\n  - KP91043: the clock only times the call');
    expect(run.stdout).toContain('ttl           30d');
    expect(run.stdout).toContain('Recent entries (2 of 2)');
  });

  it("explains a method that has not run yet from the project's source (-p), with or without a store", async () => {
    const clean = join(fixture('clean-project'), 'tsconfig.json');
    const run = await runCli(['explain', 'Renderer.render', '-p', clean, ...store]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('1. page (parameter 2)\n  2. locale (parameter 3)');
    expect(run.stdout).toContain('- traceId (parameter 1): unique per request');
    expect(run.stdout).toMatch(
      /From the source \(.*tsconfig\.json\): sqlite:\/\/.* has nothing of it yet \(it has not run against this store\)\./,
    );
    const noStore = await runCli([
      'explain',
      'Renderer.render',
      '-p',
      clean,
      '--store',
      join(dir, 'never-written.sqlite'),
    ]);
    expect(noStore.code).toBe(0);
    expect(noStore.stdout).toContain('From the source');
    expect(noStore.stdout).toContain('the store cannot be read');
    const json = JSON.parse((await runCli(['explain', 'Renderer.render', '-p', clean, '--json', ...store])).stdout) as {
      from: string;
      plan: { fields: Array<{ name: string }> };
    };
    expect(json.from).toBe('source');
    expect(json.plan.fields.map((f) => f.name)).toEqual(['page', 'locale']);
    const unknown = await runCli(['explain', 'Renderer.rendr', '-p', clean, ...store]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Did you mean "Renderer.render"?');
  }, 240_000); // four analyses of a project, each a TypeScript program

  it('names the known ids when the id is unknown, closest first', async () => {
    const run = await runCli(['explain', 'Classifier.clasify', ...store]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no method "Classifier.clasify"');
    expect(run.stderr).toContain('Did you mean "Classifier.classify"?');
    expect(run.stderr).toContain('Known methods: Classifier.classify, Photos.describe');
  });
});

describe('keyproof clear', () => {
  it('--dry-run lists what would go, per method, and removes nothing (text and JSON)', async () => {
    const run = await runCli(['clear', '--dry-run', ...store]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `Would remove 3 entries from sqlite://${storeFile}:\n  Classifier.classify: 2 entries\n  Photos.describe: 1 entry\n--dry-run: nothing was removed.`,
    );
    const json = JSON.parse(
      (await runCli(['clear', '--dry-run', '--json', '--method', 'Photos.describe', ...store])).stdout,
    ) as Record<string, unknown>;
    expect(json).toMatchObject({ dryRun: true, wouldRemove: 1, methods: [{ method: 'Photos.describe', entries: 1 }] });
    expect((await statsJson()).totals.entries).toBe(3);
  });

  it('on a terminal, clearing everything asks first: "n" removes nothing and exits 1', () => {
    // `script` gives the CLI a real pseudo-terminal; "n" is typed at the question
    const run = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" clear ${store.join(' ')}`, '/dev/null'], {
      input: 'n\n',
      encoding: 'utf8',
      env: { ...process.env, KEYPROOF_STORE: '' },
    });
    expect(run.stdout).toContain('Remove all 3 entries of 2 methods from');
    expect(run.stdout).toContain('nothing was removed (not confirmed)');
    expect(run.status).toBe(1);
  });

  it('removes one version of one method, says how many, and leaves the rest', async () => {
    const other = await runCli(['clear', '--method', 'Classifier.classify', '--version', 'm0', ...store]);
    expect(other.stdout).toContain('Removed 0 entries (method Classifier.classify, version m0)');
    const run = await runCli(['clear', '--method', 'Classifier.classify', '--version', 'm1', ...store]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Removed 2 entries (method Classifier.classify, version m1)');
    const stats = await statsJson();
    expect(stats.totals.entries).toBe(1);
    expect(stats.methods.find((m) => m.id === 'Photos.describe')?.entries).toBe(1);
  });

  it('refuses an unknown method id instead of removing nothing silently', async () => {
    const run = await runCli(['clear', '--method', 'Photos.describ', ...store]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Did you mean "Photos.describe"?');
  });

  it('removes everything without options', async () => {
    const run = await runCli(['clear', ...store]);
    expect(run.stdout).toContain('Removed 1 entry from');
    expect((await statsJson()).totals.entries).toBe(0);
  });
});

describe('store errors', () => {
  it('says a missing SQLite file is missing, and does not create it', async () => {
    const missing = join(dir, 'nope', 'cache.sqlite');
    for (const args of [['stats'], ['explain', 'X'], ['clear']]) {
      const run = await runCli([...args, '--store', missing]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`no keyproof store at ${missing}`);
      expect(run.stderr).toContain('Fix:');
    }
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(join(dir, 'nope'))).toBe(false);
  });

  it('calls a file SQLite cannot read a corrupt cache file, and clear --reset moves it aside', async () => {
    const corrupt = join(dir, 'corrupt', 'cache.sqlite');
    mkdirSync(dirname(corrupt), { recursive: true });
    writeFileSync(corrupt, 'hello');
    writeFileSync(`${corrupt}-wal`, 'stale journal');
    for (const args of [['stats'], ['clear']]) {
      const run = await runCli([...args, '--store', corrupt]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`the cache file ${corrupt} (from --store) is corrupt or not an SQLite database`);
      expect(run.stderr).toContain(`Fix: keyproof clear --reset --store ${corrupt}`);
      expect(run.stderr).not.toContain('pass the cache file the app writes');
    }
    const reset = await runCli(['clear', '--reset', '--store', corrupt]);
    expect(reset.stderr).toBe('');
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain(`Moved the cache file ${corrupt} aside to ${corrupt}.reset-`);
    expect(existsSync(corrupt)).toBe(false);
    expect(existsSync(`${corrupt}-wal`)).toBe(false);
    const moved = readdirSync(dirname(corrupt)).sort();
    expect(moved).toHaveLength(2);
    expect(moved[0]).toMatch(/^cache\.sqlite\.reset-.*[0-9]Z$/);
    expect(moved[1]).toBe(`${moved[0]}-wal`);
    expect(readFileSync(join(dirname(corrupt), moved[0]!), 'utf8')).toBe('hello'); // moved, not deleted
    const again = await runCli(['clear', '--reset', '--store', corrupt]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('nothing to reset');
    const redis = await runCli(['clear', '--reset', '--store', 'redis://127.0.0.1:1']);
    expect(redis.code).toBe(2);
  });

  it('a file with the SQLite header and damaged pages: SQLite itself refuses it, and it is still called a corrupt cache file', async () => {
    const damaged = join(dir, 'damaged.sqlite');
    writeFileSync(damaged, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(8000, 0x5a)]));
    const run = await runCli(['stats', '--store', damaged]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `the cache file ${damaged} (from --store) is corrupt or not an SQLite database (SQLITE_NOTADB`,
    );
    expect(run.stderr).toContain(`Fix: keyproof clear --reset --store ${damaged}`);
    expect(run.stderr).not.toContain('check that the store is running');
  });

  it('explains an unknown scheme and a memory:// store', async () => {
    const unknown = await runCli(['stats', '--store', 'mongo://localhost/x']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown scheme mongo:');
    const memory = await runCli(['stats', '--store', 'memory://']);
    expect(memory.code).toBe(1);
    expect(memory.stderr).toContain('lives inside the process');
  });

  it('calls an unencoded "@" in a store password a configuration error, not an outage, without printing the password', async () => {
    for (const url of ['redis://:hunter@2@127.0.0.1:1', 'postgres://app:hunter@2#x@127.0.0.1:1/db']) {
      const run = await runCli(['stats', '--store', url]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('must be percent-encoded');
      expect(run.stderr).toContain('@127.0.0.1:1');
      expect(run.stderr).not.toContain('check that the store is running');
      expect(run.stderr).not.toContain('hunter');
    }
  });
});

describe('usage', () => {
  it.each(['stats', 'explain', 'clear', 'check', 'review'])(
    'keyproof %s --help prints its usage and exits 0',
    async (command) => {
      const run = await runCli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: keyproof ${command}`);
    },
  );

  it('keyproof --help lists the commands; an unknown option is a usage error (exit 2)', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['stats', 'explain', 'clear', 'check', 'keys', 'review']) expect(help.stdout).toContain(`  ${c}`);
    const bad = await runCli(['stats', '--jsn']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('keyproof stats --help');
    const unknown = await runCli(['stat']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "stat"');
  });
});

describe('keyproof check', () => {
  it('prints the analyser diagnostics like tsc and exits 1 on errors', async () => {
    const run = await runCli(['check', '-p', fixture('leaky-project')], { cwd: fixture('leaky-project') });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^renderer\.ts:5:\d+ - error KP91012: .*"traceId".*"locale"/m);
    expect(run.stdout).toMatch(/^renderer\.ts:11:\d+ - error KP91001: .*cacheHint/m);
    expect(run.stdout).toMatch(/^renderer\.ts:14:\d+ - error KP91010: .*"file".*"traceId"/m);
    expect(run.stdout).toContain('Found 3 errors in 1 file.');
  });

  it('exits 0 on a clean project', async () => {
    const run = await runCli(['check', '-p', join(fixture('clean-project'), 'tsconfig.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 memoised method planned, no findings');
  });

  it('follows the references of a solution-style tsconfig', async () => {
    const run = await runCli(['check', '-p', fixture('solution')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Found 3 errors in 1 file.');
  });

  it('reports warnings without failing, unless --warnings-as-errors', async () => {
    const warned = await runCli(['check', '-p', fixture('warning-project')], { cwd: fixture('warning-project') });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/^lookup\.ts:5:\d+ - warning KP91050: Parameter "requestId"/m);
    expect(warned.stdout).toContain('Found 0 errors and 1 warning in 1 file.');
    const strict = await runCli(['check', '-p', fixture('warning-project'), '--warnings-as-errors']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('error KP91050');
  });

  it('says where it looked for a missing tsconfig', async () => {
    const run = await runCli(['check', '-p', join(dir, 'none')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`no tsconfig at ${join(dir, 'none')}`);
  });
});
