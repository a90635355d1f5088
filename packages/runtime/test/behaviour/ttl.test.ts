import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { counted, forEachStore } from './suite.js';

forEachStore('ttl', () => {
  it('serves an entry until it expires, then calls upstream again', async () => {
    const { fn, upstream } = counted('ttl', [{ name: 'x', index: 0 }], (x: number) => x, { ttl: 300 });
    await fn(1);
    await fn(1);
    expect(upstream).toHaveBeenCalledTimes(1);
    await sleep(450);
    await fn(1);
    expect(upstream).toHaveBeenCalledTimes(2);
  });

  it('accepts duration strings', async () => {
    const { fn, upstream } = counted('ttl-string', [{ name: 'x', index: 0 }], (x: number) => x, { ttl: '1h' });
    await fn(1);
    await fn(1);
    expect(upstream).toHaveBeenCalledTimes(1);
  });
});
