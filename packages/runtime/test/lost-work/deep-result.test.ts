/**
 * A result nested thousands of levels deep, after the paid upstream call: the caller gets it
 * (left unstored, with the usual warning), never a bare RangeError from the storability check.
 */
import { expect, it } from 'vitest';
import { MAX_DEPTH } from '../../src/check-storable.js';
import { counted, forEachStore } from '../behaviour/suite.js';
import { captureWarnings } from '../support/warnings.js';

function chain(depth: number): { next?: unknown; n: number } {
  let node: { next?: unknown; n: number } = { n: depth };
  for (let i = depth - 1; i >= 0; i--) node = { next: node, n: i };
  return node;
}

function depthOf(value: unknown): number {
  let d = 0;
  for (let v = value as { next?: unknown } | undefined; v; v = v.next as { next?: unknown } | undefined) d++;
  return d;
}

forEachStore('deep results', () => {
  const captured = captureWarnings();

  it('a result 20,000 levels deep is returned to the caller, not stored, and said so', async () => {
    const { fn, upstream } = counted('deep', [{ name: 'x', index: 0 }], (_x: number) => chain(20_000));
    const value = await fn(1);
    expect(depthOf(value)).toBe(20_001);
    expect(captured.codes()).toContain('KEYPROOF_UNSTORABLE_VALUE');
    expect(captured.warnings.find((w) => w.code === 'KEYPROOF_UNSTORABLE_VALUE')!.message).toMatch(
      /nested more than 1000 levels/,
    );
    await fn(1);
    expect(upstream).toHaveBeenCalledTimes(2); // never cached
  });

  it('a result within the depth limit is stored and served', async () => {
    const { fn, upstream } = counted('deep-ok', [{ name: 'x', index: 0 }], (_x: number) => chain(MAX_DEPTH - 10));
    await fn(1);
    expect(depthOf(await fn(1))).toBe(MAX_DEPTH - 9);
    expect(upstream).toHaveBeenCalledTimes(1);
    expect(captured.codes()).not.toContain('KEYPROOF_UNSTORABLE_VALUE');
  });
});
