import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { terminalSafe } from '../printable.js';

const announced = new Set<string>();

/**
 * Say where the default SQLite store is, once per process, when this process is about to
 * create it: a cache that silently appears in a new place (another working directory, another
 * checkout) looks like a cache that stopped working.
 */
export function announceNewDefaultStore(file: string): void {
  if (announced.has(file) || existsSync(file)) return;
  announced.add(file);
  process.stderr.write(
    terminalSafe(
      `keyproof: creating the cache ${file} (the default store: .keyproof/ next to ${dirname(dirname(file))}/package.json; ` +
        `ignore .keyproof/ in git; set KEYPROOF_STORE or configure({ store }) to use another)\n`,
    ),
  );
}
