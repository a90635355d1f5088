import { terminalSafe } from 'keyproof/store';

/** Where a command writes: stdout for results, stderr for notes. Swappable in tests. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Everything the CLI prints passes `terminalSafe`: control characters other than newline and
 * tab are escaped, so text that came from a store (ids, versions, error messages) can never
 * drive the terminal (clear the screen, set the title, hide lines).
 */
export const processOutput: Output = {
  out: (text) => process.stdout.write(line(text)),
  err: (text) => process.stderr.write(line(text)),
};

function line(text: string): string {
  const safe = terminalSafe(text);
  return safe.endsWith('\n') ? safe : `${safe}\n`;
}
