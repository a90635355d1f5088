/**
 * A Redis at maxmemory with noeviction refuses writes (OOM): the refusal is seen in every mode
 * (a `store-bypass` event), and a fail-closed method says so to its caller.
 */
import KeyvRedis from '@keyv/redis';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { configure, resetConfig } from '../../src/config.js';
import { StoreUnavailableError } from '../../src/errors.js';
import { events, type KeyproofEvents } from '../../src/events.js';
import { memoize } from '../../src/memoize.js';
import { close } from '../../src/stats.js';
import { planOn } from '../support/hand-plan.js';
import { missingServer, startRedis, type KillableServer } from '../support/real-servers.js';
import { uniqueId } from '../support/stores.js';
import { captureWarnings } from '../support/warnings.js';

const skip = missingServer('redis');
let server: KillableServer;

beforeAll(async () => {
  if (skip) return;
  server = await startRedis();
  const admin = new KeyvRedis(server.url);
  const client = (await admin.getClient()) as unknown as { sendCommand(args: string[]): Promise<unknown> };
  await client.sendCommand(['CONFIG', 'SET', 'maxmemory-policy', 'noeviction']);
  await client.sendCommand(['CONFIG', 'SET', 'maxmemory', '1']); // full: every write is refused
  await admin.disconnect();
});
afterAll(async () => {
  await server?.dispose();
});
afterEach(async () => {
  await close();
  resetConfig();
});
captureWarnings();

it.skipIf(Boolean(skip))(
  'fail-closed on a full Redis (lease off): the caller is told the result was not cached',
  async () => {
    configure({ store: server.url, strict: 'fail-closed', leaseMs: 0, flushIntervalMs: 0, reclaimIntervalMs: 0 });
    const id = uniqueId('Full.strict');
    let upstream = 0;
    const fn = memoize(
      async (x: number) => {
        upstream++;
        return x;
      },
      { id },
      planOn(id, 'x'),
    );
    await expect(fn(1)).rejects.toThrow(StoreUnavailableError);
    expect(upstream).toBe(1);
  },
);

it.skipIf(Boolean(skip))(
  'bypassing mode on a full Redis: the value is returned and the refused write is evented',
  async () => {
    configure({ store: server.url, leaseMs: 0, flushIntervalMs: 0, reclaimIntervalMs: 0 });
    const id = uniqueId('Full.serve');
    const bypasses: Array<KeyproofEvents['store-bypass'][0]> = [];
    const seen = (e: KeyproofEvents['store-bypass'][0]) => bypasses.push(e);
    events.on('store-bypass', seen);
    try {
      const fn = memoize(async (x: number) => x * 2, { id }, planOn(id, 'x'));
      expect(await fn(2)).toBe(4);
    } finally {
      events.off('store-bypass', seen);
    }
    expect(bypasses.find((b) => b.op === 'set')?.error.message).toMatch(/OOM/);
  },
);
