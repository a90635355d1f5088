/**
 * The progress line of long store commands, on a stream that says it is (or is not) a
 * terminal; the clock is Vitest's fake one, so nothing depends on how loaded the machine is.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { withProgress } from '../src/progress.js';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it('on a terminal: nothing for the first second, then the seconds elapsed, erased at the end', async () => {
  const tty = stream(true);
  let finish!: (n: number) => void;
  const done = withProgress(
    'reading sqlite:///x',
    () => new Promise<number>((resolve) => (finish = resolve)),
    tty.stream,
  );
  await vi.advanceTimersByTimeAsync(900);
  expect(tty.written).toEqual([]);
  await vi.advanceTimersByTimeAsync(1200);
  expect(tty.written).toEqual([
    '\r\x1b[2Kkeyproof: reading sqlite:///x… 1 s',
    '\r\x1b[2Kkeyproof: reading sqlite:///x… 2 s',
  ]);
  finish(7);
  expect(await done).toBe(7);
  expect(tty.written.at(-1)).toBe('\r\x1b[2K');
});

it('off a terminal (a pipe, a CI log): never a progress line', async () => {
  const pipe = stream(false);
  const done = withProgress(
    'reading',
    () => new Promise<string>((resolve) => setTimeout(() => resolve('ok'), 5000)),
    pipe.stream,
  );
  await vi.advanceTimersByTimeAsync(6000);
  expect(await done).toBe('ok');
  expect(pipe.written).toEqual([]);
});

it('a quick command on a terminal prints nothing at all', async () => {
  const tty = stream(true);
  expect(await withProgress('reading', async () => 'fast', tty.stream)).toBe('fast');
  await vi.advanceTimersByTimeAsync(5000);
  expect(tty.written).toEqual([]);
});
