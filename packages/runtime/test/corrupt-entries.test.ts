/**
 * Corrupt entries in real stores: garbage written straight into the row (not Keyv's JSON),
 * keyproof text that decodes to garbage, and a value format from a newer keyproof. Each is a
 * reported miss (`corrupt-entry`), upstream is called, the entry is overwritten (the next
 * call hits), the store is not bypassed for it, and nothing throws into the caller.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, resetConfig } from '../src/config.js';
import { events } from '../src/events.js';
import { memoize } from '../src/memoize.js';
import { close, flush } from '../src/stats.js';
import { storeContext } from '../src/store/store-context.js';
import { planOn } from './support/hand-plan.js';
import { storesUnderTest, uniqueId } from './support/stores.js';
import { entryOf, writeRawRow } from './support/raw-store.js';
import { captureWarnings } from './support/warnings.js';

const captured = captureWarnings();

const futureFormat = JSON.stringify({ value: Buffer.from([0x03, 0xff, 0x0f, 0x49, 0x02]).toString('base64') });

const rows: Array<[string, string, RegExp]> = [
  // no NUL byte: PostgreSQL TEXT cannot hold one
  ['garbage bytes that are not a Keyv record', '\u00ff\u0001\u001b[2J{{not json at all', /is not a Keyv record/],
  [
    'keyproof text that decodes to garbage',
    JSON.stringify({ value: 'AZmZmZmZmZmZ' }),
    /not a valid serialised value|value format/,
  ],
  ['a value format from a newer keyproof', futureFormat, /value format 3, written by a newer keyproof/],
  // another program's text under a keyproof key: garbage, never blamed on a newer keyproof
  [
    "a Keyv record whose text is not keyproof's",
    JSON.stringify({ value: 'hello world, not keyproof' }),
    /^(?![\s\S]*newer)[\s\S]*not keyproof's value encoding \(its first byte is 0x85/,
  ],
];

describe.each(storesUnderTest())('a corrupt entry in the real store [$name]', (store) => {
  let url: string;
  beforeEach(() => {
    url = store.url();
    configure({ store: url, frontCache: false, flushIntervalMs: 0 });
  });
  afterEach(async () => {
    events.removeAllListeners();
    await close();
    resetConfig();
  });

  // memory:// holds records as objects written only by this process: there are no foreign rows
  const applicable = store.name === 'memory' ? rows.filter(([what]) => !what.startsWith('garbage bytes')) : rows;
  it.each(applicable)(
    '%s: a reported miss, upstream called, overwritten, never thrown',
    async (_what, text, message) => {
      const corrupt = vi.fn();
      const bypass = vi.fn();
      const keys: string[] = [];
      events.on('corrupt-entry', corrupt);
      events.on('store-bypass', bypass);
      events.on('miss', ({ key }) => keys.push(key));
      const id = uniqueId('corrupt');
      const upstream = vi.fn(async (x: number) => ({ x, bytes: new Uint8Array([x, 255]) }));
      const fn = memoize(upstream, { id }, planOn(id, 'x'));

      await fn(7);
      await writeRawRow(await storeContext(url).store.keyv(), entryOf(keys[0]!), text);

      const again = await fn(7);
      expect(again).toEqual({ x: 7, bytes: new Uint8Array([7, 255]) });
      expect(upstream).toHaveBeenCalledTimes(2);
      expect(corrupt).toHaveBeenCalledTimes(1);
      expect(corrupt.mock.calls[0]![0].error.message).toMatch(message);
      expect(corrupt.mock.calls[0]![0].key).toBe(keys[0]);

      expect(await fn(7)).toEqual({ x: 7, bytes: new Uint8Array([7, 255]) }); // overwritten: a hit
      expect(upstream).toHaveBeenCalledTimes(2);
      expect(bypass).not.toHaveBeenCalled(); // one bad row never takes the store out of use
      // said once, as a warning whose quoted bytes cannot drive a terminal
      // the entry was stored twice before one flush: its bookkeeping still lands
      await flush();
      expect(captured.codes()).not.toContain('KEYPROOF_STORE_UNAVAILABLE');
      const said = captured.warnings.filter((w) => w.code === 'KEYPROOF_CORRUPT_ENTRY');
      expect(said).toHaveLength(1);
      expect(said[0]!.message).toContain(id);
      expect(said[0]!.message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    },
  );
});
