/**
 * fail-closed with one undecodable row: the call that meets it fails (the mode says so), and
 * the row is removed, so the next call computes and stores a fresh answer: never a key that
 * fails forever.
 */
import { expect, it } from 'vitest';
import { CorruptEntryError } from '../../src/errors.js';
import { events, type KeyproofEvents } from '../../src/events.js';
import { storeContext } from '../../src/store/store-context.js';
import { counted, forEachStore } from '../behaviour/suite.js';
import { entryOf, writeRawRow } from '../support/raw-store.js';

forEachStore('fail-closed and an undecodable row', (c) => {
  it('fails once, then the key is computed, stored and served again', async () => {
    const { fn, upstream } = counted('fc-undecodable', [{ name: 'x', index: 0 }], (x: number) => x * 3, {
      strict: 'fail-closed',
    });
    const keys: string[] = [];
    const seen = (m: KeyproofEvents['miss'][0]) => keys.push(m.key);
    events.on('miss', seen);
    await fn(3);
    events.off('miss', seen);
    await writeRawRow(
      await storeContext(c.url).store.keyv(),
      entryOf(keys[0]!),
      JSON.stringify({ value: 'AZmZmZmZmZmZ' }),
    );
    await expect(fn(3)).rejects.toThrow(CorruptEntryError);
    expect(upstream).toHaveBeenCalledTimes(1);
    expect(await fn(3)).toBe(9); // a plain miss now: computed and stored
    expect(await fn(3)).toBe(9); // and served
    expect(upstream).toHaveBeenCalledTimes(2);
  });
});
