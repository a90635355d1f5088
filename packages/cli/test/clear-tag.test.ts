/**
 * `keyproof clear --tag`: the CLI invalidates a tag as `invalidateTag` does in code. Entries
 * are written through the runtime's public API, the CLI runs as a child process, and the
 * upstream calls after it are counted: every entry carrying the tag misses, the others hit.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { close, configure, memoize, planSignature, PLAN_FORMAT, tag, type KeyField, type KeyPlan } from 'keyproof';
import { runCli } from './run-cli.js';

const stores = [
  {
    name: 'sqlite',
    url: () => `sqlite://${join(mkdtempSync(join(tmpdir(), 'keyproof-cli-tag-')), 'cache.sqlite')}`,
    skip: false,
  },
  { name: 'redis', url: () => process.env.KEYPROOF_TEST_REDIS_URL!, skip: !process.env.KEYPROOF_TEST_REDIS_URL },
  {
    name: 'postgres',
    url: () => process.env.KEYPROOF_TEST_POSTGRES_URL!,
    skip: !process.env.KEYPROOF_TEST_POSTGRES_URL,
  },
];

function tagged(id: string) {
  const fields: KeyField[] = [
    { name: 'userId', index: 0 },
    { name: 'jobId', index: 1 },
  ];
  const plan: KeyPlan = {
    format: PLAN_FORMAT,
    id,
    source: 'src/profiles.ts:3',
    fields,
    excluded: [],
    signature: planSignature(fields),
    project: ((u: string, j: string) => [u, j]) as KeyPlan['project'],
  };
  const counter = { upstream: 0 };
  const get = memoize(
    async (userId: string, jobId: string) => {
      counter.upstream++;
      return `${userId}/${jobId}`;
    },
    { id, tags: ({ userId }: { userId: string }) => [tag('user', userId)] },
    plan,
  );
  return { get, counter };
}

describe('keyproof clear --tag', () => {
  for (const store of stores) {
    it.skipIf(store.skip)(`[${store.name}] every entry carrying the tag misses next; the others hit`, async () => {
      const url = store.url();
      const id = `Profiles.get.${process.pid}.${Date.now().toString(36)}.${store.name}`;
      configure({ store: url, flushIntervalMs: 0 });
      const { get, counter } = tagged(id);
      await get('u1', 'a');
      await get('u1:x', 'a');
      await get('u2', 'a');
      await close();

      const run = await runCli(['clear', '--tag', 'user:u1', '--json', '--store', url]);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ tag: { name: 'user', parts: ['u1'] }, invalidated: true });
      const colon = await runCli(['clear', '--tag', 'user', '--tag-part', 'u1:x', '--store', url]);
      expect(colon.code, colon.stderr).toBe(0);
      expect(colon.stdout).toContain('Invalidated tag user:u1%3Ax');

      configure({ store: url, flushIntervalMs: 0 });
      await get('u1', 'a');
      await get('u1:x', 'a');
      await get('u2', 'a');
      await get('u1', 'a');
      await close();
      expect(counter.upstream).toBe(3 + 2);
    });
  }

  it('refuses --tag with --method, and --tag-part without --tag', async () => {
    const both = await runCli(['clear', '--tag', 'user:u1', '--method', 'X']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--tag invalidates one tag');
    const part = await runCli(['clear', '--tag-part', 'u1']);
    expect(part.code).toBe(2);
    expect(part.stderr).toContain('--tag-part adds a part');
  });
});
