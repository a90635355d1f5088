import { redact } from 'keyproof/store';

/**
 * A progress line for work that can take more than a second (reading or clearing a large
 * store): on a terminal only, on stderr only (stdout stays the command's result, for pipes and
 * `--json`), shown after 1 s with the seconds elapsed, and erased when the work is done.
 */
export async function withProgress<T>(
  what: string,
  work: () => Promise<T>,
  stream: NodeJS.WriteStream = process.stderr,
): Promise<T> {
  if (stream.isTTY !== true) return work();
  const started = Date.now();
  let shown = false;
  const tick = (): void => {
    shown = true;
    stream.write(`\r\x1b[2Kkeyproof: ${what}… ${Math.round((Date.now() - started) / 1000)} s`);
  };
  const timer = setInterval(tick, 1000);
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
    if (shown) stream.write('\r\x1b[2K');
  }
}

/** What the progress line says while a store is read. */
export const readingStore = (url: string): string => `reading ${redact(url)}`;
