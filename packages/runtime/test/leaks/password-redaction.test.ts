/**
 * A store password never reaches a log: not in the StoreConfigError thrown into calls, nor in
 * warnings or events, whatever characters a generated password holds (a URL parser that the
 * password defeats would print part of it as host or path).
 */
import { afterEach, expect, it } from 'vitest';
import { configure, resetConfig } from '../../src/config.js';
import { events } from '../../src/events.js';
import { memoize } from '../../src/memoize.js';
import { redact } from '../../src/printable.js';
import { close } from '../../src/stats.js';
import { planOn } from '../support/hand-plan.js';
import { leakedPieces, passwordUrls } from '../support/password-corpus.js';
import { uniqueId } from '../support/stores.js';
import { captureWarnings } from '../support/warnings.js';

const captured = captureWarnings();
afterEach(async () => {
  await close();
  resetConfig();
});

it('redact() hides every generated password in every URL shape (1,000 passwords × 5 shapes)', () => {
  const leaks = passwordUrls(1000)
    .map(({ password, url }) => ({ url, leaked: leakedPieces(redact(url), password, url) }))
    .filter((r) => r.leaked.length > 0);
  expect(leaks.slice(0, 5)).toEqual([]);
});

it('redact() keeps what is not secret: the user, host, port, database and options', () => {
  expect(redact('postgres://app_user:s3/cr?t#@x@db.internal:5432/cache?sslmode=require')).toBe(
    'postgres://app_user:***@db.internal:5432/cache?sslmode=require',
  );
  expect(redact('redis://cache.internal:6379')).toBe('redis://cache.internal:6379');
  expect(redact('the store redis://:a/b?c@h:1 did not answer')).toBe('the store redis://:***@h:1 did not answer');
});

it('a call on a store URL with a generated password: errors, warnings and events never print it', async () => {
  for (const { password, url } of passwordUrls(12)) {
    // an unknown scheme (a typo) and an unreachable server: the two messages that quote the URL
    for (const store of [url.replace(/^[a-z]+:/, 'redsi:'), url.replace(/@[^@]*$/, '@127.0.0.1:1/0')]) {
      configure({ store, storeTimeoutMs: 200, flushIntervalMs: 0, reclaimIntervalMs: 0 });
      const printed: string[] = [];
      const onBypass = (e: { store: string; error: Error }) => printed.push(e.store, e.error.message);
      events.on('store-bypass', onBypass);
      const id = uniqueId('Leak');
      const fn = memoize(async (x: number) => x, { id }, planOn(id, 'x'));
      try {
        await fn(1);
      } catch (error) {
        printed.push(String((error as Error).message));
      } finally {
        events.off('store-bypass', onBypass);
      }
      printed.push(...captured.warnings.map((w) => w.message));
      captured.warnings.length = 0;
      await close();
      expect(printed.length).toBeGreaterThan(0);
      expect(leakedPieces(printed.join('\n'), password, store)).toEqual([]);
    }
  }
});
