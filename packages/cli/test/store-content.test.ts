/**
 * What the CLI prints comes from a store anyone sharing it can write: a malformed record is
 * skipped and named (the rest shown), control characters never reach the terminal, a
 * password in a store URL never appears, and a store that cannot answer is an error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { close, configure, flush, memoize, planSignature, PLAN_FORMAT, type KeyField, type KeyPlan } from 'keyproof';
import { openStoreUrl } from 'keyproof/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { populateStore } from './populate-store.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'keyproof-cli-content-'));
const url = `sqlite://${join(dir, 'cache.sqlite')}`;
const EVIL = 'Evil\u001b[2J\u001b]0;pwned\u0007.call';

beforeAll(async () => {
  await populateStore(url);
  // a method whose id carries terminal commands (ids are the app's, records are anyone's)
  configure({ store: url, flushIntervalMs: 0 });
  const fields: KeyField[] = [{ name: 'x', index: 0 }];
  const plan: KeyPlan = {
    format: PLAN_FORMAT,
    id: EVIL,
    source: 'src/evil.ts:1',
    fields,
    excluded: [],
    signature: planSignature(fields),
    project: ((x: number) => [x]) as KeyPlan['project'],
  };
  const evil = memoize(async (x: number) => x, { id: EVIL, cost: 1 }, plan);
  await evil(1);
  await evil(1);
  await flush();
  await close();
  // and records nobody should have written: not a record, and a cost that is text
  const keyv = await openStoreUrl(url);
  await keyv.set('~method:Bad', 5);
  await keyv.set('~method:Weird.cost', {
    id: 'Weird.cost',
    version: '0',
    cost: 'a lot',
    ttlMs: null,
    plan: { fields: [], excluded: [], source: 'x', signature: 's', format: 1 },
    updatedAt: 0,
  });
  await keyv.disconnect();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('records keyproof did not write', () => {
  it('stats skips a malformed record, names it on stderr, and shows every other method', async () => {
    const run = await runCli(['stats', '--json', '--store', url]);
    expect(run.code, run.stderr).toBe(0);
    const methods = (JSON.parse(run.stdout) as { methods: Array<{ id: string; calls: number }> }).methods;
    expect(methods.find((m) => m.id === 'Classifier.classify')).toMatchObject({ calls: 6 });
    expect(methods.find((m) => m.id === 'Photos.describe')).toMatchObject({ calls: 3 });
    expect(methods.map((m) => m.id)).not.toContain('Bad');
    expect(run.stderr).toContain('skipped 2 unreadable records');
    expect(run.stderr).toMatch(/~method:Bad: it is a number, not a record/);
    expect(run.stderr).toMatch(/~method:Weird\.cost: its cost is "a lot", not a number/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('explain still explains a healthy method', async () => {
    const run = await runCli(['explain', 'Photos.describe', '--store', url]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Photos.describe');
  });
});

describe('control characters from the store', () => {
  it('never reach the terminal from stats, explain or an error message', async () => {
    const stats = await runCli(['stats', '--store', url]);
    expect(stats.code).toBe(0);
    expect(stats.stdout).toContain('Evil\\x1b[2J\\x1b]0;pwned\\x07.call');
    const explain = await runCli(['explain', EVIL, '--store', url]);
    expect(explain.code, explain.stderr).toBe(0);
    const unknown = await runCli(['explain', 'Evil\u001b[2J', '--store', url]);
    expect(unknown.code).toBe(1);
    for (const run of [stats, explain, unknown]) {
      expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });
});

describe('a password in the store URL', () => {
  it('is redacted when the URL does not parse (CLI flag and KEYPROOF_STORE)', async () => {
    const bad = 'redis://:TopSecret@127.0.0.1:99999';
    const viaFlag = await runCli(['stats', '--store', bad]);
    const viaEnv = await runCli(['stats'], { env: { KEYPROOF_STORE: bad } });
    for (const run of [viaFlag, viaEnv]) {
      expect(run.code).not.toBe(0);
      expect(run.stderr).not.toContain('TopSecret');
      expect(run.stderr).toContain('redis://:***@127.0.0.1:99999');
    }
  });
});

describe('a store that cannot answer', () => {
  it.skipIf(!process.env.KEYPROOF_TEST_POSTGRES_URL)(
    'a stopped PostgreSQL is an error (exit 1), never "no methods"',
    async () => {
      const net = await import('node:net');
      const port = await new Promise<number>((resolve) => {
        const probe = net.createServer().listen(0, '127.0.0.1', () => {
          const { port: p } = probe.address() as { port: number };
          probe.close(() => resolve(p));
        });
      });
      const run = await runCli(['stats', '--store', `postgres://keyproof:pw@127.0.0.1:${port}/keyproof`]);
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain('No memoised methods');
      expect(run.stderr).toContain(`cannot read the keyproof store postgres://keyproof:***@127.0.0.1:${port}/keyproof`);
      expect(run.stderr).not.toContain(':pw@');
    },
  );
});
