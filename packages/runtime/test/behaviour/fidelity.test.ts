import { expect, it } from 'vitest';
import { counted, forEachStore } from './suite.js';

/** The seed's second bug: JSON turned image bytes into `{ '0': 1, … }`. Never again. */
forEachStore('values come back identical in type and bytes', () => {
  const sample = () => ({
    png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 10, 13]),
    raw: new Uint8Array([1, 2, 3, 0, 255]),
    floats: new Float64Array([1.5, -0, Number.NaN]),
    createdAt: new Date('2026-11-22T10:00:00.123Z'),
    tags: new Set(['a', 'b']),
    byColor: new Map<string, unknown>([
      ['#fff', { n: 1 }],
      ['#000', [1n, 2n]],
    ]),
    big: 2n ** 70n,
    nested: [[{ deep: new Uint8Array([7]) }], null, undefined, -0, 'ünïcødé'],
    nothing: undefined,
  });

  it('round-trips Buffer, Uint8Array, Date, Map, Set, BigInt, nested', async () => {
    const { fn, upstream } = counted('fidelity', [{ name: 'x', index: 0 }], (_x: number) => sample());
    const first = await fn(1);
    const hit = await fn(1);
    expect(upstream).toHaveBeenCalledTimes(1);
    expect(hit).toStrictEqual(first);
    expect(Buffer.isBuffer(hit.png)).toBe(true);
    expect(hit.raw).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(hit.raw)).toBe(false);
    expect(Buffer.from(hit.png).equals(sample().png)).toBe(true);
    expect(hit.createdAt).toBeInstanceOf(Date);
    expect(hit.createdAt.getTime()).toBe(sample().createdAt.getTime());
    expect(hit.byColor).toBeInstanceOf(Map);
    expect(hit.tags).toBeInstanceOf(Set);
    expect(typeof hit.big).toBe('bigint');
    expect(Object.is(hit.nested[3], -0)).toBe(true);
    expect('nothing' in hit).toBe(true);
  });

  it('round-trips a 2 MiB binary result byte for byte', async () => {
    const bytes = Buffer.alloc(2 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
    const { fn, upstream } = counted('big-bytes', [{ name: 'x', index: 0 }], (_x: number) => bytes);
    await fn(1);
    const hit = await fn(1);
    expect(upstream).toHaveBeenCalledTimes(1);
    expect(Buffer.isBuffer(hit)).toBe(true);
    expect(hit.equals(bytes)).toBe(true);
  });

  it('gives every caller its own copy: mutating a result does not change the cache', async () => {
    const { fn, upstream } = counted('mutate', [{ name: 'x', index: 0 }], (_x: number) => ({ list: [1, 2] }));
    const a = await fn(1);
    a.list.push(99);
    const b = await fn(1);
    expect(b.list).toEqual([1, 2]);
    expect(upstream).toHaveBeenCalledTimes(1);
  });
});
