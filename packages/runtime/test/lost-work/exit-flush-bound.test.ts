/**
 * The bound on the way out (`KEYPROOF_EXIT_FLUSH_MS`, runtime README): 3 s unless the variable
 * sets another, read when the process ends. The process-end tests run with it set to 20 s; this
 * is what they rely on, checked without waiting on a clock.
 */
import { afterEach, expect, it } from 'vitest';
import { exitFlushMs } from '../../src/store/exit-flush.js';

const saved = process.env.KEYPROOF_EXIT_FLUSH_MS;
afterEach(() => {
  if (saved === undefined) delete process.env.KEYPROOF_EXIT_FLUSH_MS;
  else process.env.KEYPROOF_EXIT_FLUSH_MS = saved;
});

it('is 3 s when KEYPROOF_EXIT_FLUSH_MS is not set', () => {
  delete process.env.KEYPROOF_EXIT_FLUSH_MS;
  expect(exitFlushMs()).toBe(3000);
});

it('is what KEYPROOF_EXIT_FLUSH_MS says, read at the time (not when the module loaded)', () => {
  process.env.KEYPROOF_EXIT_FLUSH_MS = '20000';
  expect(exitFlushMs()).toBe(20000);
  process.env.KEYPROOF_EXIT_FLUSH_MS = '250';
  expect(exitFlushMs()).toBe(250);
});

it.each(['', 'soon', '0', '-5', 'Infinity'])(
  'falls back to 3 s for a value that is not a positive duration (%j)',
  (v) => {
    process.env.KEYPROOF_EXIT_FLUSH_MS = v;
    expect(exitFlushMs()).toBe(3000);
  },
);
