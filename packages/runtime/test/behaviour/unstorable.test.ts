import { afterEach, expect, it, vi } from 'vitest';
import { configure } from '../../src/config.js';
import { UnstorableValueError } from '../../src/errors.js';
import { events } from '../../src/events.js';
import { captureWarnings } from '../support/warnings.js';
import { counted, forEachStore } from './suite.js';

/** Every test here provokes KEYPROOF_UNSTORABLE_VALUE on purpose: captured and asserted, not printed. */
const captured = captureWarnings();
const saidFor = (id: string) =>
  captured.warnings.filter((w) => w.code === 'KEYPROOF_UNSTORABLE_VALUE' && w.message.includes(id));

class Logo {
  constructor(readonly svg: string) {}
  render() {
    return this.svg;
  }
}

forEachStore('results that cannot round-trip', () => {
  afterEach(() => {
    events.removeAllListeners();
  });

  it('returns the result, stores nothing, reports it (event + one warning)', async () => {
    const reported = vi.fn();
    events.on('unstorable', reported);
    const { fn, upstream, id } = counted(
      'class-result',
      [{ name: 'x', index: 0 }],
      (x: number) => new Logo(`<svg>${x}</svg>`),
    );
    const first = await fn(1);
    expect(first).toBeInstanceOf(Logo);
    expect(first.render()).toBe('<svg>1</svg>');
    await fn(1);
    expect(upstream).toHaveBeenCalledTimes(2); // nothing mangled was stored, so nothing was hit
    expect(reported).toHaveBeenCalledTimes(2);
    expect(reported.mock.calls[0]![0].reason).toMatch(/instance of Logo/);
    expect(saidFor(id)).toHaveLength(1);
  });

  it('never hands two concurrent callers one object: a joiner of an unstorable answer gets its own from upstream', async () => {
    const { fn, upstream } = counted(
      'unstorable-joiners',
      [{ name: 'x', index: 0 }],
      (x: number) => new Logo(`<svg>${x}</svg>`),
    );
    const [a, b, c] = await Promise.all([fn(1), fn(1), fn(1)]);
    expect(a).toBeInstanceOf(Logo);
    expect(new Set([a, b, c]).size).toBe(3); // three objects, each its caller's own
    expect(upstream).toHaveBeenCalledTimes(3);
    expect([b.render(), c.render()]).toEqual(['<svg>1</svg>', '<svg>1</svg>']);
  });

  it('throws UnstorableValueError under strict: true', async () => {
    configure({ strict: true });
    const { fn } = counted('strict', [{ name: 'x', index: 0 }], (_x: number) => ({ callback: () => 1 }));
    await expect(fn(1)).rejects.toThrow(UnstorableValueError);
    await expect(fn(1)).rejects.toThrow(/result\.callback is a function/);
  });

  it('stores a plain built-in error, but not one whose class or properties the store would drop', async () => {
    class HttpError extends Error {
      constructor(readonly status: number) {
        super(`HTTP ${status}`);
      }
    }
    const plain = counted('error-plain', [{ name: 'x', index: 0 }], (_x: number) => ({
      error: new TypeError('bad input', { cause: 'why' }),
    }));
    await plain.fn(1);
    const hit = await plain.fn(1);
    expect(plain.upstream).toHaveBeenCalledTimes(1);
    expect(hit.error).toBeInstanceOf(TypeError);
    expect(hit.error).toMatchObject({ message: 'bad input', cause: 'why' });

    const custom = counted('error-custom', [{ name: 'x', index: 0 }], (_x: number) => ({ error: new HttpError(404) }));
    expect((await custom.fn(1)).error).toBeInstanceOf(HttpError);
    expect((await custom.fn(1)).error.status).toBe(404); // never a plain Error without its status
    expect(custom.upstream).toHaveBeenCalledTimes(2);
    expect(saidFor(custom.id)).toHaveLength(1);
    expect(saidFor(plain.id)).toHaveLength(0);
  });

  class Pixels extends Uint8Array {
    brightest() {
      return Math.max(...this);
    }
  }
  const cannotRoundTrip: Array<[string, () => unknown, RegExp]> = [
    [
      'a Uint8Array subclass',
      () => ({ image: new Pixels([1, 9]) }),
      /result\.image is a typed-array subclass \(Pixels\)/,
    ],
    [
      'a null-prototype object',
      () => Object.assign(Object.create(null) as object, { a: 1 }),
      /result is an object with a null prototype/,
    ],
    [
      'a non-enumerable property',
      () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }),
      /non-enumerable own property/,
    ],
    ['a SharedArrayBuffer', () => ({ mem: new SharedArrayBuffer(8) }), /result\.mem is shared memory/],
    ['a view over shared memory', () => [new Int32Array(new SharedArrayBuffer(8))], /result\[0\] is shared memory/],
    [
      'a Map subclass',
      () => new (class Registry extends Map<string, number> {})([['a', 1]]),
      /subclass of a built-in collection .*\(Registry\)/,
    ],
  ];
  for (const [what, make, reason] of cannotRoundTrip) {
    it(`returns ${what} as it is, never stores it, reports why (what, why, fix)`, async () => {
      const reported = vi.fn();
      events.on('unstorable', reported);
      const errors: Error[] = [];
      events.on('error', (e: Error) => errors.push(e));
      const { fn, upstream } = counted('no-round-trip', [{ name: 'x', index: 0 }], (_x: number) => make());
      const first = await fn(1);
      const second = await fn(1);
      expect(upstream).toHaveBeenCalledTimes(2); // never a hit that changed its type
      expect(second).toBe(await upstream.mock.results[1]!.value); // the upstream's own value, as it is
      expect(first).not.toBe(second);
      expect(reported).toHaveBeenCalledTimes(2);
      expect(reported.mock.calls[0]![0].reason).toMatch(reason);
      expect(errors[0]?.message).toMatch(/returned but not cached: .*must come back exactly as it went in.* Fix: \S/);
    });
  }

  it('does not store results over maxValueBytes', async () => {
    configure({ maxValueBytes: 1024 });
    const { fn, upstream, id } = counted('oversize', [{ name: 'x', index: 0 }], (_x: number) => Buffer.alloc(4096));
    await fn(1);
    await fn(1);
    expect(upstream).toHaveBeenCalledTimes(2);
    expect(saidFor(id)[0]?.message).toMatch(/over maxValueBytes \(1024\)/);
  });
});
