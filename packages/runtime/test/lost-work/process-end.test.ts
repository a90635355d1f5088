/**
 * Work is not lost when a process ends: counters pending at SIGTERM (pods, `docker stop`) or
 * when the event loop empties are written; a Redis connection the application owns is never
 * unreferenced by keyproof (a worker waiting on it keeps waiting); close() with a stalled Redis
 * drops its socket. Real child processes and real servers.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createConnection, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import KeyvRedis from '@keyv/redis';
import { afterEach, expect, it } from 'vitest';
import { configure, resetConfig } from '../../src/config.js';
import { memoize } from '../../src/memoize.js';
import { close, readStore } from '../../src/stats.js';
import { openStoreUrl } from '../../src/store/adapters.js';
import { planOn } from '../support/hand-plan.js';
import { storesUnderTest, uniqueId } from '../support/stores.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const persistent = storesUnderTest().filter((s) => s.name !== 'memory');
const redis = persistent.find((s) => s.name === 'redis');
const storeUrl = (name: string, url: () => string) =>
  name === 'sqlite' ? `sqlite://${join(mkdtempSync(join(tmpdir(), 'keyproof-end-')), 'cache.sqlite')}` : url();

/** The one client call these tests make, typed loosely (node-redis's overloads differ between client and cluster). */
interface RawCommands {
  sendCommand(args: string[]): Promise<unknown>;
}

interface Child {
  readonly out: () => string;
  readonly err: () => string;
  readonly ready: Promise<void>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
}

function run(script: string, args: string[], readyLine: string): Child {
  // these tests are about what is written on the way out, not how long it may take: a loaded
  // machine (other test files' processes beside it) must not cut the write short
  const child = spawn(process.execPath, [join(fixtures, script), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, KEYPROOF_EXIT_FLUSH_MS: '20000' },
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes(readyLine)) resolve();
    });
    void exited.then(({ code }) => reject(new Error(`${script} exited (${code}) before "${readyLine}": ${out}${err}`)));
  });
  ready.catch(() => {});
  return { out: () => out, err: () => err, ready, exited, kill: (s) => child.kill(s) };
}

async function storedCalls(url: string, id: string): Promise<number | undefined> {
  const keyv = await openStoreUrl(url);
  try {
    return (await readStore(keyv, false)).methods.find((m) => m.id === id)?.calls;
  } finally {
    await keyv.disconnect();
  }
}

it.each(persistent.map((s) => [s.name, s] as const))(
  'SIGTERM: the pending counters of 500 calls are written, then the process dies by the signal [%s]',
  async (name, store) => {
    const url = storeUrl(name, store.url);
    const id = uniqueId('End.sigterm');
    const child = run('ends-mid-work.mjs', ['sigterm', url, id, '500'], 'ready');
    await child.ready;
    child.kill('SIGTERM');
    const { signal } = await child.exited;
    expect(signal, child.err()).toBe('SIGTERM');
    expect(await storedCalls(url, id)).toBe(500);
  },
);

it.each(persistent.map((s) => [s.name, s] as const))(
  'SIGTERM with an application handler: keyproof flushes, the application decides when to exit [%s]',
  async (name, store) => {
    const url = storeUrl(name, store.url);
    const id = uniqueId('End.handled');
    const child = run('ends-mid-work.mjs', ['sigterm-handled', url, id, '500'], 'ready');
    await child.ready;
    child.kill('SIGTERM');
    const { code } = await child.exited;
    expect(code, child.err()).toBe(7);
    expect(await storedCalls(url, id)).toBe(500);
  },
);

it.each(persistent.map((s) => [s.name, s] as const))(
  'process.exit() right after 500 calls: their counters are written on the way out [%s]',
  async (name, store) => {
    const url = storeUrl(name, store.url);
    const id = uniqueId('End.exit');
    const child = run('ends-mid-work.mjs', ['exit', url, id, '500'], 'never printed');
    const { code } = await child.exited;
    expect(code, child.err()).toBe(3);
    expect(await storedCalls(url, id)).toBe(500);
  },
);

it.each(persistent.map((s) => [s.name, s] as const))(
  'an event loop that empties writes what is pending, then exits [%s]',
  async (name, store) => {
    const url = storeUrl(name, store.url);
    const id = uniqueId('End.idle');
    const child = run('ends-mid-work.mjs', ['idle', url, id, '500'], 'ready');
    const { code } = await child.exited;
    expect(code, child.err()).toBe(0);
    expect(await storedCalls(url, id)).toBe(500);
  },
);

it.skipIf(!redis)('a worker that shares its Keyv with keyproof keeps waiting on its own Redis connection', async () => {
  const queue = uniqueId('jobs');
  const child = run('shared-keyv-worker.mjs', [redis!.url(), uniqueId('End.worker'), queue], 'waiting');
  await child.ready;
  const other = new KeyvRedis(redis!.url());
  try {
    await ((await other.getClient()) as unknown as RawCommands).sendCommand(['RPUSH', queue, 'job-2']);
  } finally {
    await other.disconnect();
  }
  const { code } = await child.exited;
  expect(code, child.err()).toBe(0);
  expect(JSON.parse(child.out().trim().split('\n').pop()!)).toEqual({ job: 'job-2' });
});

/** A proxy in front of the test Redis that can stop answering, and sees when a client's socket closes. */
async function stallingProxy(target: string) {
  const { hostname, port, pathname } = new URL(target); // the path: the test worker's database
  let stalled = false;
  const closed: Array<Promise<void>> = [];
  const server = createServer((client: Socket) => {
    const upstream = createConnection({ host: hostname, port: Number(port) });
    closed.push(new Promise((resolve) => client.on('close', () => resolve())));
    client.on('data', (d) => upstream.write(d));
    upstream.on('data', (d) => {
      if (!stalled) client.write(d);
    });
    client.on('error', () => {});
    upstream.on('error', () => {});
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `redis://127.0.0.1:${(server.address() as { port: number }).port}${pathname}`,
    stall: () => (stalled = true),
    clientsClosed: () => Promise.all(closed),
    connections: () => closed.length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

afterEach(() => resetConfig());

it.skipIf(!redis)('close() with a stalled Redis drops the socket it opened', async () => {
  const proxy = await stallingProxy(redis!.url());
  try {
    configure({ store: proxy.url, storeTimeoutMs: 200, flushIntervalMs: 0, reclaimIntervalMs: 0 });
    const id = uniqueId('End.stalled');
    const fn = memoize(async (x: number) => x, { id }, planOn(id, 'x'));
    await fn(1); // connected, entry written
    expect(proxy.connections()).toBeGreaterThan(0);
    proxy.stall();
    await fn(2); // answered without the store (bypassed): the server has stalled
    await close();
    await proxy.clientsClosed(); // every connection keyproof opened is closed (the test times out otherwise)
  } finally {
    await proxy.close();
  }
});
