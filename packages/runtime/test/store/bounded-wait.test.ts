/**
 * The store bound (`storeTimeoutMs`) is on waiting for the store, not on the work the process
 * does itself: encoding an allowed value before the request, or decoding a large answer while
 * other answers wait to be read. Busy loops stand for that work; no assertion depends on how
 * fast the machine is (a slower machine only blocks longer, which is what is pushed on).
 */
import { expect, it } from 'vitest';
import { BoundedWaits } from '../../src/store/bounded-wait.js';

function busy(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // the event loop is blocked, as by encoding or decoding a large value
  }
}

it('time spent before the request (encoding the value) is not counted against the bound', async () => {
  const waits = new BoundedWaits('test', 100);
  const answer = await waits.run('set', 100, () => {
    busy(400);
    return Promise.resolve('stored');
  });
  expect(answer).toBe('stored');
});

it('time the event loop was blocked while waiting (decoding another value) pushes the deadline on', async () => {
  const waits = new BoundedWaits('test', 100);
  const pending = waits.run(
    'get',
    100,
    () => new Promise<string>((resolve) => setTimeout(() => resolve('answered'), 60)),
  );
  busy(400); // the answer arrives meanwhile (after the watchdog's first check is due); it only waits to be read
  await expect(pending).resolves.toBe('answered');
});

it('a store that does not answer still times out, naming the store and the operation', async () => {
  const waits = new BoundedWaits('redis://127.0.0.1:6379', 50);
  await expect(waits.run('get', 50, () => new Promise<never>(() => {}))).rejects.toThrow(
    'store redis://127.0.0.1:6379 did not answer get within 50 ms',
  );
});
