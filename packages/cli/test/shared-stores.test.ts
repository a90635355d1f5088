import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { populateStore } from './populate-store.js';
import { runCli } from './run-cli.js';

/**
 * The CLI against the shared stores a fleet uses: real Redis and PostgreSQL, started by
 * `.ci/run` on loopback (KEYPROOF_TEST_REDIS_URL, KEYPROOF_TEST_REDIS_CLUSTER_URL, KEYPROOF_TEST_POSTGRES_URL). Ids carry a
 * random prefix: other test files write to the same servers at the same time.
 */
const servers = [
  ['Redis', process.env.KEYPROOF_TEST_REDIS_URL],
  ['Redis Cluster', process.env.KEYPROOF_TEST_REDIS_CLUSTER_URL],
  ['PostgreSQL', process.env.KEYPROOF_TEST_POSTGRES_URL],
] as const;

interface MethodJson {
  id: string;
  entries: number;
  calls: number;
  hits: number;
  upstreamCalls: number;
  saved: number;
}

describe.each(servers)('keyproof on %s', (_name, url) => {
  it.skipIf(!url)('stats, explain and clear read what the runtime wrote', async () => {
    const store = ['--store', url!];
    const prefix = `cli${randomBytes(4).toString('hex')}.`;
    expect(await populateStore(url!, prefix)).toEqual({ classifyUpstream: 2, describeUpstream: 1 });

    const stats = await runCli(['stats', '--json', ...store]);
    expect(stats.stderr).toBe('');
    const methods = (JSON.parse(stats.stdout) as { methods: MethodJson[] }).methods;
    expect(methods.find((m) => m.id === `${prefix}Classifier.classify`)).toMatchObject({
      entries: 2,
      calls: 6,
      hits: 4,
      upstreamCalls: 2,
    });
    expect(methods.find((m) => m.id === `${prefix}Photos.describe`)).toMatchObject({
      entries: 1,
      calls: 3,
      hits: 2,
      upstreamCalls: 1,
    });

    const explain = await runCli(['explain', `${prefix}Classifier.classify`, ...store]);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('- requestId (parameter 2): unique per request');

    const clear = await runCli(['clear', '--method', `${prefix}Classifier.classify`, ...store]);
    expect(clear.stdout).toContain('Removed 2 entries');
    const after = (JSON.parse((await runCli(['stats', '--json', ...store])).stdout) as { methods: MethodJson[] })
      .methods;
    expect(after.find((m) => m.id === `${prefix}Classifier.classify`)).toBeUndefined();
    expect(after.find((m) => m.id === `${prefix}Photos.describe`)?.entries).toBe(1);
    await runCli(['clear', '--method', `${prefix}Photos.describe`, ...store]);
  });
});

describe('an unreachable store', () => {
  it('is one clear message and exit 1, not a hang', async () => {
    const net = await import('node:net');
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = probe.address() as { port: number };
        probe.close(() => resolve(p));
      });
    });
    const run = await runCli(['stats', '--store', `redis://127.0.0.1:${port}`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cannot read the keyproof store redis://127.0.0.1:${port}`);
    expect(run.stderr).toContain('Fix:');
  });
});
