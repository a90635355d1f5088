/**
 * A Redis Cluster of the test's own (three masters, no replicas) loses a node mid-run. Every
 * call still succeeds through upstream within a bounded time, and the loss is reported as a
 * `store-bypass`. Redis itself stops serving every slot once the cluster sees a master gone
 * (cluster-require-full-coverage, the default), so keyproof does what it does for a single Redis
 * that went down: it skips the store for `retryAfterMs` after each failure. When the node is
 * back (empty: it keeps nothing on disk here), a `store-recovered` is reported and every key hits
 * again. The client must not keep the dead node's closed connection: that would miss forever.
 */
import KeyvRedis, { createCluster } from '@keyv/redis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { configure, resetConfig } from '../../src/config.js';
import { events } from '../../src/events.js';
import { memoize } from '../../src/memoize.js';
import { keyvFor } from '../../src/store/adapters.js';
import { close } from '../../src/stats.js';
import { planOn } from '../support/hand-plan.js';
import { missingServer, startRedisCluster, type KillableCluster } from '../support/real-servers.js';
import { uniqueId } from '../support/stores.js';
import { captureWarnings } from '../support/warnings.js';

captureWarnings();

/** Longest a call may take while a node is down: a few store timeouts, never a hang (loaded machines included). */
const BOUND_MS = 3000;
const reason = missingServer('redis');

describe.skipIf(reason !== undefined)(
  `a Redis Cluster with a node down${reason ? ` (skipped: ${reason})` : ''}`,
  () => {
    let cluster: KillableCluster;
    beforeAll(async () => {
      cluster = await startRedisCluster();
    }, 60_000);
    afterAll(async () => {
      await cluster?.dispose();
    });
    afterEach(async () => {
      await close();
      resetConfig();
    });

    it('every call still succeeds, the loss is reported, and once the node is back the entries hit again', async () => {
      configure({
        store: cluster.url,
        storeTimeoutMs: 300,
        storeRetryAfterMs: 200,
        flushIntervalMs: 0,
        frontCache: false,
      });
      const id = uniqueId('failover');
      const upstream = vi.fn(async (x: number) => ({ x, at: 'upstream' }));
      const fn = memoize(upstream, { id }, planOn(id, 'x'));
      const bypass = vi.fn();
      const recovered = vi.fn();
      events.on('store-bypass', bypass);
      events.on('store-recovered', recovered);
      const xs = Array.from({ length: 30 }, (_, i) => i);

      for (const x of xs) expect(await fn(x)).toEqual({ x, at: 'upstream' });
      for (const x of xs) expect(await fn(x)).toEqual({ x, at: 'upstream' });
      expect(upstream, 'the second round is all hits: 30 keys spread over three nodes').toHaveBeenCalledTimes(30);

      const down = cluster.ports[1]!;
      await cluster.kill(down);
      for (const x of xs) {
        const started = Date.now();
        expect(await fn(x)).toEqual({ x, at: 'upstream' });
        expect(Date.now() - started).toBeLessThan(BOUND_MS);
      }
      expect(bypass).toHaveBeenCalled();

      await cluster.restart(down);
      upstream.mockClear();
      // the store is tried again after retryAfterMs; until then a call may still go upstream
      const until = Date.now() + 20_000;
      let hits = 0;
      while (hits < xs.length && Date.now() < until) {
        upstream.mockClear();
        for (const x of xs) expect(await fn(x)).toEqual({ x, at: 'upstream' });
        hits = xs.length - upstream.mock.calls.length;
        if (hits < xs.length) await new Promise((r) => setTimeout(r, 250));
      }
      expect(hits, 'every key hits again once the node is back').toBe(xs.length);
      expect(recovered).toHaveBeenCalled();
      events.off('store-bypass', bypass);
      events.off('store-recovered', recovered);
    }, 60_000);

    it('a cluster client the application passed in stays its own: calls succeed, the client is not replaced', async () => {
      const own = createCluster({
        rootNodes: [{ url: cluster.url.replace('redis+cluster:', 'redis:') }],
        defaults: { socket: { reconnectStrategy: false } },
      });
      own.on('error', () => {});
      const adapter = new KeyvRedis(own, { throwOnErrors: true });
      configure({
        store: keyvFor(adapter),
        storeTimeoutMs: 300,
        storeRetryAfterMs: 200,
        flushIntervalMs: 0,
        frontCache: false,
      });
      const id = uniqueId('failover-own');
      const upstream = vi.fn(async (x: number) => ({ x, at: 'upstream' }));
      const fn = memoize(upstream, { id }, planOn(id, 'x'));
      const xs = Array.from({ length: 30 }, (_, i) => i);
      for (const x of xs) expect(await fn(x)).toEqual({ x, at: 'upstream' });
      for (const x of xs) expect(await fn(x)).toEqual({ x, at: 'upstream' });
      expect(upstream, "keyproof hits through the application's own cluster client").toHaveBeenCalledTimes(30);

      await cluster.kill(cluster.ports[2]!);
      for (const x of xs) expect(await fn(x)).toEqual({ x, at: 'upstream' });
      // past the retry pause the store is used again: where keyproof would renew a client of its own
      await new Promise((r) => setTimeout(r, 400));
      for (const x of xs) expect(await fn(x)).toEqual({ x, at: 'upstream' });
      expect(adapter.client, "the application's client is never replaced by keyproof").toBe(own);
    }, 60_000);
  },
);
