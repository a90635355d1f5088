import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../../support/toolchains.js';

const DIR = path.join(ROOT, 'test/hosts/deps');

/**
 * Installs the pinned host packages once (`npm ci` from test/hosts/deps/package-lock.json),
 * again only when the lockfile changed. One install shared by every host of the matrix.
 */
export function ensureHostDeps(): void {
  const lock = fs.readFileSync(path.join(DIR, 'package-lock.json'), 'utf8');
  const stamp = path.join(DIR, 'node_modules/.keyproof-lock');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === lock) return;
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: DIR,
    stdio: 'inherit',
    timeout: 300_000,
  });
  fs.writeFileSync(stamp, lock);
}
