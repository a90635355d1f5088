import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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

/**
 * Test files run two at a time or more (up to four): most of them wait on child processes,
 * servers and timers rather than compute. They share nothing that makes this timing luck: each
 * worker has its own Redis and PostgreSQL database (vitest.per-worker.ts), every test names
 * its methods uniquely, and tags on the one Redis Cluster are named per file.
 */
const WORKERS = Math.min(4, Math.max(2, availableParallelism()));

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
          maxWorkers: WORKERS,
          setupFiles: ['./vitest.per-worker.ts'],
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
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
}));
