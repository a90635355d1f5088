import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The examples' tests run on their TypeScript sources through keyproof's Vite plugin (each
 * example's own tsconfig, so the full analysis runs): no tspc build first. The plugin only
 * touches files under examples/ (and test/hosts/kit/), so every other package's tests compile
 * exactly as before. It is loaded from the transformer's build (the root `pnpm test` builds first).
 */
async function examplesPlugin() {
  const built = fileURLToPath(new URL('./packages/transformer/dist/hosts/vite.js', import.meta.url));
  if (!existsSync(built)) return [];
  const { keyproof } = (await import(
    pathToFileURL(built).href
  )) as typeof import('./packages/transformer/src/hosts/vite');
  return [keyproof({ include: /\/(?:examples\/[^/]+\/(?:src|test)|test\/hosts\/kit)\// })];
}

/** The host matrix spawns real compilers and bundlers: it runs after everything else, on its own. */
const HOST_MATRIX = [
  'test/hosts/matrix.test.ts',
  'test/hosts/fresh-install.test.ts',
  'test/hosts/nest-dto-classes.test.ts',
  'test/hosts/first-hour.test.ts',
];

export default defineConfig(async () => ({
  plugins: await examplesPlugin(),
  resolve: {
    // Workspace packages resolve to their TypeScript sources in tests; built fixtures that run
    // in child processes resolve to dist/ like any consumer.
    conditions: ['source'],
  },
  test: {
    globalSetup: ['./vitest.services.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks' as const,
    projects: [
      {
        extends: true as const,
        test: {
          name: 'keyproof',
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/test/**/*.test.ts',
            'examples/*/test/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, 'test/.tmp/**', ...HOST_MATRIX],
        },
      },
      {
        resolve: { conditions: ['source'] },
        test: {
          name: 'hosts',
          include: HOST_MATRIX,
          testTimeout: 60_000,
          hookTimeout: 600_000,
          pool: 'forks' as const,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
}));
