import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Accounting } from '../accounting.js';

/**
 * Longest the way out is held for pending counters: a SIGTERM / SIGINT's flush before the process
 * goes on dying, and the exit writer `process.exit()` waits for. 3 s, well inside an
 * orchestrator's grace period; `KEYPROOF_EXIT_FLUSH_MS` sets another (a slow store, a loaded
 * machine), read when the process ends.
 */
export function exitFlushMs(): number {
  const set = Number(process.env.KEYPROOF_EXIT_FLUSH_MS);
  return Number.isFinite(set) && set > 0 ? set : 3000;
}

let installed = false;

/** What the way out needs of an open store: where it is, and what it still has to write. */
interface Flushable {
  readonly url?: string;
  readonly accounting: Pick<Accounting, 'flush' | 'takePending'>;
}

/**
 * Counters and entry records still pending when the process ends are written on the way out,
 * where Node lets asynchronous work run:
 *
 * - the event loop empties (`beforeExit`): flushed, and the process exits once that is written;
 * - SIGTERM / SIGINT (Kubernetes, `docker stop`, Ctrl-C): flushed, bounded by `exitFlushMs()`.
 *   When keyproof's listener is the only one, the signal would have ended the process: once the
 *   flush is done it is raised again, so the process still dies by that signal (exit status
 *   128 + n). When the application listens too, it decides when to exit; keyproof only starts
 *   the flush (an application that exits at once loses it: call `await close()` first).
 *
 * - `process.exit()` (and an uncaught exception): Node runs no more asynchronous work, so what
 *   is pending for a store keyproof opened from a URL (SQLite, Redis, PostgreSQL) is handed to a
 *   short helper process (store/exit-writer.ts) that writes it, synchronously, bounded by
 *   `exitFlushMs()`. A Keyv passed in cannot be reopened elsewhere, and memory:// dies with the
 *   process: their pending counts are lost. SIGKILL and a crash of Node itself lose them too.
 *
 * `await close()` before exiting is still the cheapest way out.
 */
export function flushOnExit(contexts: () => readonly Flushable[]): void {
  if (installed) return;
  installed = true;
  const flushAll = () => Promise.all(contexts().map((c) => c.accounting.flush())).then(() => undefined);
  process.on('beforeExit', () => void flushAll());
  process.on('exit', () => {
    for (const c of contexts()) {
      if (c.url === undefined || c.url.startsWith('memory:')) continue;
      const work = c.accounting.takePending();
      if (work) writeOnExit(c.url, work);
    }
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    const onSignal = () => {
      const alone = process.listenerCount(signal) === 1;
      const flushed = flushAll();
      if (!alone) return void flushed; // the application handles this signal
      let timer: NodeJS.Timeout | undefined;
      const bounded = new Promise<void>((resolve) => (timer = setTimeout(resolve, exitFlushMs())));
      void Promise.race([flushed, bounded]).finally(() => {
        clearTimeout(timer);
        process.off(signal, onSignal);
        process.kill(process.pid, signal);
      });
    };
    process.on(signal, onSignal);
  }
}

/** Run the exit writer on `work`, waiting for it (the process is exiting: nothing else can wait). */
function writeOnExit(url: string, work: unknown): void {
  const script = fileURLToPath(new URL('./exit-writer.js', import.meta.url));
  if (!existsSync(script)) return; // running from sources (tests in process): nothing to run
  try {
    spawnSync(process.execPath, [script], {
      input: JSON.stringify({ url, work }),
      timeout: exitFlushMs(),
      stdio: ['pipe', 'ignore', 'ignore'],
    });
  } catch {
    // exiting anyway
  }
}
