import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { configure, resetConfig } from '../../src/config.js';
import { StoreConfigError } from '../../src/errors.js';
import { memoize } from '../../src/memoize.js';
import { close } from '../../src/stats.js';
import { planOn } from '../support/hand-plan.js';
import { uniqueId } from '../support/stores.js';
import { openStoreUrl, sqlitePath } from '../../src/store/adapters.js';
import { storeContext } from '../../src/store/store-context.js';

const globalStoreChoice = () => storeContext(undefined).label;

afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await close();
  resetConfig();
});

it('maps sqlite URLs to files: relative to the working directory, or absolute', () => {
  expect(sqlitePath(new URL('sqlite:///var/tmp/c.sqlite'))).toBe('/var/tmp/c.sqlite');
  expect(sqlitePath(new URL('sqlite://cache/c.sqlite'))).toBe(join(process.cwd(), 'cache/c.sqlite'));
});

it('chooses KEYPROOF_STORE over configure({ store }) over the embedded SQLite default', () => {
  // the default store is opened: in a folder of this test's own, not in the checkout, where other
  // test files' commands would find it
  const dir = mkdtempSync(join(tmpdir(), 'keyproof-choice-'));
  vi.spyOn(process, 'cwd').mockReturnValue(dir);
  expect(globalStoreChoice()).toBe(`sqlite://${join(dir, '.keyproof', 'cache.sqlite')}`);
  configure({ store: 'memory://' });
  expect(globalStoreChoice()).toBe('memory://');
  vi.stubEnv('KEYPROOF_STORE', 'sqlite:///tmp/from-env.sqlite');
  configure({}); // KEYPROOF_STORE is read when the global store is resolved again (after configure() or close())
  expect(globalStoreChoice()).toBe('sqlite:///tmp/from-env.sqlite');
});

it('creates the SQLite file (and its folder) on first use, and hits from it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'keyproof-default-'));
  const file = join(dir, 'nested', '.keyproof', 'cache.sqlite');
  vi.stubEnv('KEYPROOF_STORE', `sqlite://${file}`);
  configure({ frontCache: false });
  const id = uniqueId('default-store');
  const upstream = vi.fn(async (x: string) => x.toUpperCase());
  const fn = memoize(upstream, { id }, planOn(id, 'x'));
  await fn('a');
  expect(existsSync(file)).toBe(true);
  await fn('a');
  expect(upstream).toHaveBeenCalledTimes(1);
});

it('names the package to install when an adapter is missing', async () => {
  const missing = () =>
    Promise.reject(Object.assign(new Error("Cannot find package '@keyv/redis'"), { code: 'ERR_MODULE_NOT_FOUND' }));
  const attempt = openStoreUrl('redis://:secret@127.0.0.1:6379', missing);
  await expect(attempt).rejects.toThrow(StoreConfigError);
  await expect(openStoreUrl('redis://:secret@127.0.0.1:6379', missing)).rejects.toThrow(
    /needs the Keyv adapter @keyv\/redis.*\n.*npm install @keyv\/redis/,
  );
  await expect(openStoreUrl('redis://:secret@127.0.0.1:6379', missing)).rejects.not.toThrow(/secret/);
});

it('calls an unencoded "@" in a store password a configuration error, for the app\'s calls too, never printing the password', async () => {
  await expect(openStoreUrl('redis://:hunter@2@127.0.0.1:1')).rejects.toThrow(StoreConfigError);
  await expect(openStoreUrl('redis://user:hunter@2@127.0.0.1:1/0')).rejects.toThrow(
    /store URL redis:\/\/\*\*\*@127\.0\.0\.1:1\/0 has 2 "@" characters.*percent-encoded/,
  );
  await expect(openStoreUrl('redis://hunter#2@127.0.0.1:1')).rejects.toThrow(/percent-encoded/);
  await expect(openStoreUrl('redis://:hunter@2@127.0.0.1:1')).rejects.not.toThrow(/hunter/);
  vi.stubEnv('KEYPROOF_STORE', 'redis://:hunter@2@127.0.0.1:1');
  configure({});
  const id = uniqueId('at-in-password');
  const upstream = vi.fn(async (x: string) => x);
  const fn = memoize(upstream, { id }, planOn(id, 'x'));
  await expect(fn('a')).rejects.toThrow(StoreConfigError);
});

it('refuses unknown schemes and non-URLs, listing what is supported', async () => {
  await expect(openStoreUrl('mongodb://localhost/x')).rejects.toThrow(
    /unknown scheme mongodb:.*Supported: memory:\/\/, sqlite:\/\/PATH/,
  );
  await expect(openStoreUrl('not a url')).rejects.toThrow(/is not a URL/);
});

it('a misconfigured store fails the call loudly instead of silently never caching', async () => {
  configure({ store: 'mongodb://localhost/x' });
  const id = uniqueId('misconfigured');
  const upstream = vi.fn(async (x: string) => x);
  const fn = memoize(upstream, { id }, planOn(id, 'x'));
  await expect(fn('a')).rejects.toThrow(/unknown scheme/);
  expect(upstream).not.toHaveBeenCalled();
});

it('an unparsable store URL never shows its password: StoreConfigError, and through a memoised call', async () => {
  const bad = 'redis://:TopSecret@127.0.0.1:99999';
  const direct = (await openStoreUrl(bad).catch((e: unknown) => e)) as Error;
  expect(direct).toBeInstanceOf(StoreConfigError);
  expect(direct.message).toContain('redis://:***@127.0.0.1:99999');
  expect(direct.message).not.toContain('TopSecret');
  configure({ store: bad });
  const id = uniqueId('bad-url');
  const fn = memoize(async (x: number) => x, { id }, planOn(id, 'x'));
  const viaCall = (await fn(1).catch((e: unknown) => e)) as Error;
  expect(viaCall).toBeInstanceOf(StoreConfigError);
  expect(`${viaCall.message} ${String(viaCall.stack)}`).not.toContain('TopSecret');
});
