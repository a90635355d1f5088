import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');
const RUNTIME = path.join(REPO, 'packages/runtime');
/** The workspace runtime's declarations: what `import { memoize } from 'keyproof'` resolves to in a fixture. */
export const KEYPROOF_TYPES = fs.existsSync(path.join(RUNTIME, 'dist/index.d.ts'))
  ? path.join(RUNTIME, 'dist/index.d.ts')
  : path.join(RUNTIME, 'src/index.ts');
/** The built server (tests run what users run: `pnpm build` first). */
export const SERVER_BIN = path.resolve(__dirname, '../dist/bin.js');
export const PLUGIN_DIR = path.resolve(__dirname, '..');

/**
 * A fresh copy of `test/fixtures/<name>` under test/.tmp (inside the repository, so that
 * `@types/node` and `typescript` resolve), its tsconfig written from the template.
 */
export function copyFixture(name: string, tag: string, tsconfig?: (config: Record<string, unknown>) => void): string {
  const dir = path.join(__dirname, '.tmp', `${name}-${tag}-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(__dirname, 'fixtures', name), dir, { recursive: true });
  const templatePath = path.join(dir, 'tsconfig.template.json');
  const config = JSON.parse(
    fs.readFileSync(templatePath, 'utf8').replace('@KEYPROOF@', KEYPROOF_TYPES.replace(/\\/g, '/')),
  ) as Record<string, unknown>;
  tsconfig?.(config);
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), `${JSON.stringify(config, null, 2)}\n`);
  fs.rmSync(templatePath);
  return dir;
}
