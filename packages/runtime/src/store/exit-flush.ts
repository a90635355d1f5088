import type { StoreContext } from './store-context.js';

/** Longest a SIGTERM / SIGINT waits for pending counters before the process goes on dying. */
export const SIGNAL_FLUSH_MS = 3000;

let installed = false;

/**
 * Counters and entry records still pending when the process ends are written on the way out,
 * where Node lets asynchronous work run:
 *
 * - the event loop empties (`beforeExit`): flushed, and the process exits once that is written;
 * - SIGTERM / SIGINT (Kubernetes, `docker stop`, Ctrl-C): flushed, bounded by SIGNAL_FLUSH_MS.
 *   When keyproof's listener is the only one, the signal would have ended the process: once the
 *   flush is done it is raised again, so the process still dies by that signal (exit status
 *   128 + n). When the application listens too, it decides when to exit; keyproof only starts
 *   the flush (an application that exits at once loses it: call `await close()` first).
 *
 * `process.exit()` and an uncaught exception run no asynchronous work at all: what is pending
 * then is lost (at most `flushIntervalMs` worth of counting). Call `await flush()` or
 * `await close()` before `process.exit()`.
 */
export function flushOnExit(contexts: () => StoreContext[]): void {
  if (installed) return;
  installed = true;
  const flushAll = () => Promise.all(contexts().map((c) => c.accounting.flush())).then(() => undefined);
  process.on('beforeExit', () => void flushAll());
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    const onSignal = () => {
      const alone = process.listenerCount(signal) === 1;
      const flushed = flushAll();
      if (!alone) return void flushed; // the application handles this signal
      let timer: NodeJS.Timeout | undefined;
      const bounded = new Promise<void>((resolve) => (timer = setTimeout(resolve, SIGNAL_FLUSH_MS)));
      void Promise.race([flushed, bounded]).finally(() => {
        clearTimeout(timer);
        process.off(signal, onSignal);
        process.kill(process.pid, signal);
      });
    };
    process.on(signal, onSignal);
  }
}
