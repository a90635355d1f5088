import { afterEach, expect, it, vi } from 'vitest';
import { encodeValue, toStoredText } from '../../src/codec.js';
import { configure } from '../../src/config.js';
import { events } from '../../src/events.js';
import { storeContext } from '../../src/store/store-context.js';
import { captureWarnings } from '../support/warnings.js';
import { counted, forEachStore, type StoreCase } from './suite.js';

/** `configure({ keySecret })`: keyed digests, and entries a store writer without the secret cannot plant. */
forEachStore('a deployment keySecret', (c: StoreCase) => {
  const captured = captureWarnings();
  afterEach(() => {
    events.removeAllListeners();
  });

  async function keysOf(fn: (x: number) => Promise<unknown>, ...xs: number[]): Promise<string[]> {
    const keys: string[] = [];
    const onMiss = (e: { key: string }) => keys.push(e.key);
    events.on('miss', onMiss);
    for (const x of xs) await fn(x);
    events.off('miss', onMiss);
    return keys;
  }

  it('keys change with the secret, hits still hit, and a planted or moved entry is refused', async () => {
    configure({ keySecret: 'a deployment secret of 32 bytes!' });
    const { fn, upstream } = counted('secret', [{ name: 'x', index: 0 }], (x: number) => `real#${x}`);
    const [key1, key2] = await keysOf(fn, 1, 2);
    expect(await fn(1)).toBe('real#1');
    expect(upstream).toHaveBeenCalledTimes(2); // a hit under the secret

    const corrupt = vi.fn();
    events.on('corrupt-entry', corrupt);
    const store = storeContext(c.url).store;
    // a writer without the secret plants a result under the key
    await store.set(key1!, toStoredText(encodeValue('planted')));
    expect(await fn(1)).toBe('real#1');
    expect(upstream).toHaveBeenCalledTimes(3);
    expect(corrupt.mock.calls[0]![0].error.message).toMatch(/entry is not sealed/);
    // a genuine sealed entry copied under another key does not verify there
    const sealed = await store.getRaw(key1!);
    await store.set(key2!, sealed!.value);
    expect(await fn(2)).toBe('real#2');
    expect(upstream).toHaveBeenCalledTimes(4);
    expect(corrupt.mock.calls[1]![0].error.message).toMatch(/MAC does not verify/);
    expect(captured.codes()).toEqual(['KEYPROOF_CORRUPT_ENTRY']); // once per method
  });

  it('another secret (or none) is another namespace', async () => {
    configure({ keySecret: 'first secret, 16+ bytes' });
    const { fn, upstream } = counted('secret-ns', [{ name: 'x', index: 0 }], (x: number) => x);
    const [withFirst] = await keysOf(fn, 1);
    configure({ keySecret: 'second secret, 16+ bytes' });
    const [withSecond] = await keysOf(fn, 1);
    expect(withSecond).not.toBe(withFirst);
    expect(upstream).toHaveBeenCalledTimes(2);
  });

  it('refuses a short secret', () => {
    expect(() => configure({ keySecret: 'short' })).toThrow(/at least 16 bytes/);
  });
});
