import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const modules = path.join(ROOT, 'node_modules');

/**
 * The two supported compiler pairs. Both are installed at the workspace root; TypeScript 6
 * and ts-patch 4 under npm aliases. ts-patch 4's live compiler resolves `typescript` from its
 * own location (5.9 here), so it is pointed at TypeScript 6 with `TSP_COMPILER_TS_PATH`, and
 * the project's `node_modules/typescript` link (what the plugin's peer resolves to) is TS 6 too.
 */
export interface Toolchain {
  readonly label: string;
  readonly typescript: string;
  readonly tspc: string;
  readonly env: Readonly<Record<string, string>>;
}

export const TOOLCHAINS: readonly Toolchain[] = [
  {
    label: 'TS 5.9 + ts-patch 3.3',
    typescript: path.join(modules, 'typescript'),
    tspc: path.join(modules, 'ts-patch/bin/tspc.js'),
    env: {},
  },
  {
    label: 'TS 6.0 + ts-patch 4.0',
    typescript: path.join(modules, 'typescript-6'),
    tspc: path.join(modules, 'ts-patch-4/bin/tspc.js'),
    env: { TSP_COMPILER_TS_PATH: path.join(modules, 'typescript-6') },
  },
];

export const RUNTIME = path.join(ROOT, 'packages/runtime');
export const TRANSFORMER = path.join(ROOT, 'packages/transformer');
