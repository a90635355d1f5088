import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { configure } from '../../src/config.js';
import { counted, forEachStore } from './suite.js';

/**
 * Every hit hands the caller a value it owns: v8's deserialiser returns typed arrays that are
 * views over the bytes it read, so a hit served from the front cache (or shared by joiners of
 * one in-flight call) could hand out views into one buffer that every later hit reads.
 */
forEachStore('every hit returns a value the caller owns', () => {
  const sample = (x: number) => ({
    bytes: Buffer.from([x, 2, 3]),
    raw: new Uint8Array([x, 5]),
    floats: new Float64Array([x, 0.5]),
  });

  for (const front of [false, true] as const) {
    it(`a mutated hit changes no other hit (front cache ${front ? 'on' : 'off'})`, async () => {
      if (front) configure({ frontCache: { maxEntries: 100, maxBytes: 1 << 20 } });
      const { fn, upstream } = counted('owned', [{ name: 'x', index: 0 }], (x: number) => sample(x));
      await fn(1); // the miss: upstream's own value
      const h = await fn(1);
      h.bytes[0] = 99;
      h.raw[0] = 99;
      h.floats[0] = 99;
      const again = await fn(1);
      expect(upstream).toHaveBeenCalledTimes(1);
      expect([again.bytes[0], again.raw[0], again.floats[0]]).toEqual([1, 1, 1]);
      // each typed array has its own memory, the size of the value: no 8 KiB pool, no shared entry bytes
      for (const view of [h.bytes, h.raw, h.floats, again.bytes]) expect(view.buffer.byteLength).toBe(view.byteLength);
      expect(again.bytes.buffer).not.toBe(again.raw.buffer);
    });
  }

  it("front-cache hits of plain data (copied from a decoded form, not decoded) are each the caller's own", async () => {
    configure({ frontCache: { maxEntries: 100, maxBytes: 1 << 20 } });
    const plain = (x: number) => ({
      url: `https://cdn/${x}.png`,
      size: { w: 512, h: 512 },
      colors: ['#fff', '#000'],
      tags: [{ k: 'a' }],
      n: -0,
      big: 10n,
      none: null,
      gone: undefined,
    });
    const { fn, upstream } = counted('owned-plain', [{ name: 'x', index: 0 }], (x: number) => plain(x));
    await fn(1); // the miss
    const hits = [await fn(1), await fn(1), await fn(1)]; // the first hit decodes; later ones copy
    expect(upstream).toHaveBeenCalledTimes(1);
    for (const h of hits) expect(h).toStrictEqual(plain(1));
    expect(Object.is(hits[2]!.n, -0)).toBe(true);
    expect(Object.keys(hits[2]!)).toEqual(Object.keys(plain(1)));
    hits[1]!.size.w = 1;
    hits[1]!.colors.push('#f00');
    hits[1]!.tags[0]!.k = 'changed';
    (hits[1] as Record<string, unknown>).extra = true;
    const again = await fn(1);
    expect(again).toStrictEqual(plain(1));
    expect(again).not.toBe(hits[2]);
    expect(again.size).not.toBe(hits[2]!.size);
    expect(again.tags[0]).not.toBe(hits[2]!.tags[0]);
    expect(upstream).toHaveBeenCalledTimes(1);
  });

  it('a value that is not plain data (shared references, a Date) still decodes on every front-cache hit', async () => {
    configure({ frontCache: { maxEntries: 100, maxBytes: 1 << 20 } });
    const { fn } = counted('owned-shared', [{ name: 'x', index: 0 }], (x: number) => {
      const shared = { x };
      return { a: shared, b: shared, at: new Date(x) };
    });
    await fn(2);
    await fn(2);
    const hit = await fn(2);
    expect(hit.a).toBe(hit.b); // the shared reference survives, as a decode gives it
    expect(hit.at).toBeInstanceOf(Date);
    hit.a.x = 99;
    const again = await fn(2);
    expect(again.a).toStrictEqual({ x: 2 });
    expect(again.a).toBe(again.b);
  });

  it('joiners of one in-flight call each get their own copy', async () => {
    const { fn, upstream } = counted('owned-joiners', [{ name: 'x', index: 0 }], async (x: number) => {
      await sleep(100);
      return sample(x);
    });
    const [leader, j1, j2] = await Promise.all([fn(3), fn(3), fn(3)]);
    expect(upstream).toHaveBeenCalledTimes(1);
    j1.bytes[0] = 99;
    j1.raw[0] = 99;
    expect([leader.bytes[0], j2.bytes[0], j2.raw[0]]).toEqual([3, 3, 3]);
    expect(j2.bytes.buffer.byteLength).toBe(3);
    expect([(await fn(3)).bytes[0], (await fn(3)).raw[0]]).toEqual([3, 3]);
  });
});
