/**
 * Store faults on real servers: a Redis / PostgreSQL of the test's own is down at start-up,
 * killed mid-run, or replaced by a listener that never answers. Every call must still
 * succeed within a bounded time through upstream, a `store-bypass` must be reported, and
 * once the server is back a `store-recovered` is reported and calls hit again.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { configure, resetConfig } from '../src/config.js';
import { events } from '../src/events.js';
import { memoize } from '../src/memoize.js';
import { close } from '../src/stats.js';
import { planOn } from './support/hand-plan.js';
import { uniqueId } from './support/stores.js';
import { captureWarnings } from './support/warnings.js';
import {
  missingServer,
  startPostgres,
  startRedis,
  startStallingListener,
  type KillableServer,
} from './support/real-servers.js';

const captured = captureWarnings();

const TIMEOUT_MS = 300;
/** Longest a call may take while its store is down or stalled: a few timeouts, never a hang (loaded CI machines included). */
const BOUND_MS = 3000;

function watch() {
  const bypass = vi.fn();
  const recovered = vi.fn();
  events.on('store-bypass', bypass);
  events.on('store-recovered', recovered);
  return { bypass, recovered };
}

function priced() {
  const id = uniqueId('fault');
  const upstream = vi.fn(async (x: number) => ({ x, at: 'upstream' }));
  return { fn: memoize(upstream, { id }, planOn(id, 'x')), upstream };
}

/** Call until a call is answered without upstream (a hit); bounded. */
async function untilHit(
  fn: (x: number) => Promise<unknown>,
  upstream: { mock: { calls: unknown[] } },
  x: number,
  withinMs = 15_000,
) {
  const until = Date.now() + withinMs;
  for (;;) {
    const before = upstream.mock.calls.length;
    expect(await fn(x)).toEqual({ x, at: 'upstream' });
    if (upstream.mock.calls.length === before) return;
    if (Date.now() > until) throw new Error(`no hit within ${withinMs} ms after the store came back`);
    await sleep(150);
  }
}

/** Every call resolves with the right value, none slower than the bound. */
async function callsSucceed(fn: (x: number) => Promise<unknown>, xs: number[], boundMs: number) {
  for (const x of xs) {
    const started = Date.now();
    expect(await fn(x)).toEqual({ x, at: 'upstream' });
    expect(Date.now() - started).toBeLessThan(boundMs);
  }
}

const kinds = [
  { kind: 'redis' as const, start: startRedis },
  { kind: 'postgres' as const, start: startPostgres },
];

for (const { kind, start } of kinds) {
  const reason = missingServer(kind);
  describe.skipIf(reason !== undefined)(
    `${kind} of the test's own, killed and restarted${reason ? ` (skipped: ${reason})` : ''}`,
    () => {
      let server: KillableServer;
      beforeAll(async () => {
        server = await start();
      });
      afterAll(async () => {
        await close();
        await server?.dispose();
      });
      afterEach(async () => {
        events.removeAllListeners();
        await close();
        resetConfig();
      });

      it('the store is down at start-up: calls succeed through upstream, a bypass is reported, then it recovers', async () => {
        await server.kill();
        const { bypass, recovered } = watch();
        configure({
          store: server.url,
          storeTimeoutMs: TIMEOUT_MS,
          storeRetryAfterMs: 200,
          frontCache: false,
          flushIntervalMs: 0,
        });
        const { fn, upstream } = priced();
        await callsSucceed(fn, [1, 1, 2], BOUND_MS);
        expect(upstream).toHaveBeenCalledTimes(3);
        expect(bypass).toHaveBeenCalled();
        expect(bypass.mock.calls[0]![0].store).toContain('127.0.0.1');
        // an outage is said once (per store and kind of operation), not once per call
        const said = captured.warnings.filter((w) => w.code === 'KEYPROOF_STORE_UNAVAILABLE');
        expect(said.length).toBeGreaterThanOrEqual(1);
        expect(said.length).toBeLessThanOrEqual(3);
        expect(said[0]!.message).toContain(
          server.url
            .replace('redis://', '')
            .replace(/^postgres:\/\/keyproof@/, '')
            .split('/')[0],
        );

        await server.restart();
        await untilHit(fn, upstream, 3);
        expect(recovered).toHaveBeenCalled();
      });

      it('the store dies mid-run: calls keep succeeding, then hit again after a restart', async () => {
        const { bypass, recovered } = watch();
        configure({
          store: server.url,
          storeTimeoutMs: TIMEOUT_MS,
          storeRetryAfterMs: 200,
          frontCache: false,
          flushIntervalMs: 0,
        });
        const { fn, upstream } = priced();
        await fn(1);
        await fn(1);
        expect(upstream).toHaveBeenCalledTimes(1); // a hit from the live store

        await server.kill();
        await callsSucceed(fn, [1, 2, 2, 3], BOUND_MS);
        expect(upstream).toHaveBeenCalledTimes(5);
        expect(bypass).toHaveBeenCalled();

        await server.restart();
        await untilHit(fn, upstream, 4);
        expect(recovered).toHaveBeenCalled();
      });
    },
  );
}

describe('a store that accepts connections and never answers', () => {
  let stall: Awaited<ReturnType<typeof startStallingListener>>;
  beforeAll(async () => {
    stall = await startStallingListener();
  });
  afterAll(async () => {
    await close();
    await stall?.close();
  });
  afterEach(async () => {
    events.removeAllListeners();
    await close();
    resetConfig();
  });

  it.each([
    ['redis', (port: number) => `redis://127.0.0.1:${port}`],
    ['postgres', (port: number) => `postgres://keyproof@127.0.0.1:${port}/keyproof`],
  ])(
    '%s: every call returns within the bounded wait through upstream, and a bypass is reported',
    async (_kind, url) => {
      const { bypass } = watch();
      configure({
        store: url(stall.port),
        storeTimeoutMs: TIMEOUT_MS,
        storeRetryAfterMs: 200,
        frontCache: false,
        flushIntervalMs: 0,
      });
      const { fn, upstream } = priced();
      const started = Date.now();
      await callsSucceed(fn, [1, 1, 2, 2], BOUND_MS);
      await sleep(250); // past storeRetryAfterMs: the store is tried (and times out) again
      await callsSucceed(fn, [1], BOUND_MS);
      expect(upstream).toHaveBeenCalledTimes(5);
      expect(bypass).toHaveBeenCalled();
      expect(bypass.mock.calls[0]![0].error.message).toMatch(/did not answer .* within 300 ms/);
      expect(Date.now() - started).toBeLessThan(10_000);
    },
  );
});

describe('a stalled store that comes back', () => {
  for (const { kind, start } of kinds) {
    const reason = missingServer(kind);
    it.skipIf(reason !== undefined)(
      `${kind}: calls bypass it while it stalls, then hit once a real server answers on that port${reason ? ` (skipped: ${reason})` : ''}`,
      async () => {
        const stall = await startStallingListener();
        let server: KillableServer | undefined;
        try {
          const { bypass, recovered } = watch();
          const url =
            kind === 'redis'
              ? `redis://127.0.0.1:${stall.port}`
              : `postgres://keyproof@127.0.0.1:${stall.port}/postgres`;
          configure({
            store: url,
            storeTimeoutMs: TIMEOUT_MS,
            storeRetryAfterMs: 200,
            frontCache: false,
            flushIntervalMs: 0,
          });
          const { fn, upstream } = priced();
          await callsSucceed(fn, [1, 1], BOUND_MS);
          expect(upstream).toHaveBeenCalledTimes(2);
          expect(bypass).toHaveBeenCalled();

          await stall.close();
          server = await start(stall.port);
          await untilHit(fn, upstream, 2, 20_000);
          expect(recovered).toHaveBeenCalled();
        } finally {
          events.removeAllListeners();
          await close();
          resetConfig();
          await stall.close();
          await server?.dispose();
        }
      },
    );
  }
});
