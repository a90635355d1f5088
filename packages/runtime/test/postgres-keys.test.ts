/**
 * PostgreSQL key length. `keyproof:~meta:{id}:{version}:{64 hex}` is 81 characters plus the
 * id and version; @keyv/postgres's default VARCHAR(255) column would refuse long ids. keyproof
 * creates its table with VARCHAR(1024); a table created narrower (older @keyv/postgres, or
 * shared with another Keyv user) refuses long keys one by one, reported, never as an outage.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { configure, resetConfig } from '../src/config.js';
import { events } from '../src/events.js';
import { memoize } from '../src/memoize.js';
import { close } from '../src/stats.js';
import { openStoreUrl } from '../src/store/adapters.js';
import { planOn } from './support/hand-plan.js';
import { uniqueId } from './support/stores.js';
import { captureWarnings } from './support/warnings.js';

const captured = captureWarnings();

const shared = process.env.KEYPROOF_TEST_POSTGRES_URL;
type Sql = { query(sql: string, values?: unknown[]): Promise<Array<Record<string, unknown>>> };

describe.skipIf(!shared)(
  `PostgreSQL key length${shared ? '' : ' (skipped: KEYPROOF_TEST_POSTGRES_URL is not set)'}`,
  () => {
    const databases: string[] = [];
    let admin: Awaited<ReturnType<typeof openStoreUrl>>;
    const sql = () => admin.store as unknown as Sql;

    async function freshDatabase(): Promise<string> {
      const name = `kp_keys_${process.pid}_${databases.length}_${Date.now().toString(36)}`;
      await sql().query(`CREATE DATABASE ${name}`);
      databases.push(name);
      const url = new URL(shared!);
      url.pathname = `/${name}`;
      return url.href;
    }

    beforeAll(async () => {
      admin = await openStoreUrl(shared!);
    });
    afterEach(async () => {
      events.removeAllListeners();
      await close();
      resetConfig();
    });
    afterAll(async () => {
      for (const name of databases)
        await sql()
          .query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
          .catch(() => {});
      await admin?.disconnect();
    });

    function longMethod() {
      const id = `${'VeryLongServiceName'.repeat(15)}.${uniqueId('generate')}`; // ~300 characters
      const upstream = vi.fn(async (x: number) => x * 2);
      return { fn: memoize(upstream, { id, version: 'model-2026-01-01-preview' }, planOn(id, 'x')), upstream, id };
    }

    it('a new table holds ids far past what VARCHAR(255) would allow', async () => {
      configure({ store: await freshDatabase(), frontCache: false, flushIntervalMs: 0 });
      const bypass = vi.fn();
      events.on('store-bypass', bypass);
      const { fn, upstream, id } = longMethod();
      expect(id.length).toBeGreaterThan(255);
      expect(await fn(1)).toBe(2);
      expect(await fn(1)).toBe(2);
      expect(upstream).toHaveBeenCalledTimes(1);
      expect(bypass).not.toHaveBeenCalled();
    });

    it('a table created with VARCHAR(255): long keys are refused one by one, reported with the fix; other keys still hit', async () => {
      const url = await freshDatabase();
      const narrow = await openStoreUrl(url);
      await (narrow.store as unknown as Sql).query('ALTER TABLE keyv ALTER COLUMN key TYPE VARCHAR(255)'); // as an older @keyv/postgres made it;
      await narrow.disconnect();

      configure({ store: url, frontCache: false, flushIntervalMs: 0 });
      const bypass = vi.fn();
      events.on('store-bypass', bypass);
      const { fn, upstream } = longMethod();
      expect(await fn(1)).toBe(2);
      expect(await fn(1)).toBe(2);
      expect(upstream).toHaveBeenCalledTimes(2); // not cached, never failed
      expect(bypass).toHaveBeenCalled();
      expect(bypass.mock.calls[0]![0].error.message).toMatch(
        /too long for its key column.*Fix: ALTER TABLE keyv ALTER COLUMN key TYPE VARCHAR\(1024\)/s,
      );

      const shortId = uniqueId('short');
      const short = vi.fn(async (x: number) => x + 1);
      const shortFn = memoize(short, { id: shortId }, planOn(shortId, 'x'));
      expect(await shortFn(1)).toBe(2);
      expect(await shortFn(1)).toBe(2);
      expect(short).toHaveBeenCalledTimes(1); // the store was not taken out of use
      // said once, with the fix, however many keys were refused
      const said = captured.warnings.filter((w) => w.code === 'KEYPROOF_KEY_TOO_LONG');
      expect(said).toHaveLength(1);
      expect(said[0]!.message).toContain('ALTER TABLE keyv ALTER COLUMN key TYPE VARCHAR(1024)');
    });
  },
);
