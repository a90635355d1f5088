/**
 * Shared memory is refused as a key field, bare or behind a view, as the value table says: its
 * bytes can change under the call, so the key would not say what was computed.
 */
import { expect, it } from 'vitest';
import { KeyEncodingError } from '../../src/errors.js';
import { counted, forEachStore } from '../behaviour/suite.js';

forEachStore('shared memory as a key', () => {
  it('a view over a SharedArrayBuffer is refused before upstream, like the buffer itself', async () => {
    const { fn, upstream } = counted('shared-key', [{ name: 'bytes', index: 0 }], (b: Uint8Array) => b.length);
    const sab = new SharedArrayBuffer(8);
    await expect(fn(new Uint8Array(sab))).rejects.toThrow(KeyEncodingError);
    await expect(fn(new Uint8Array(sab))).rejects.toThrow(/shared memory/);
    await expect(fn(sab as unknown as Uint8Array)).rejects.toThrow(/shared memory/);
    expect(upstream).not.toHaveBeenCalled();
    expect(await fn(new Uint8Array(sab).slice())).toBe(8); // a copy is an ordinary key
  });
});
