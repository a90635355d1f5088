import { config, configure } from '../config.js';
import { keyvFor } from '../store/adapters.js';
import { close } from '../stats.js';

/** The test hooks of your runner (Vitest's or Jest's `beforeEach` / `afterEach`). */
export interface TestHooks {
  readonly beforeEach: (fn: () => Promise<void> | void) => unknown;
  readonly afterEach: (fn: () => Promise<void> | void) => unknown;
}

let savedEnv: string | undefined;
let savedStore: ReturnType<typeof config>['store'];
let active = false;

/**
 * Gives every test its own empty in-memory store (the default SQLite file would carry entries
 * from one test, and one run, to the next). `KEYPROOF_STORE` is ignored while a test runs,
 * and put back after it.
 *
 *   import { beforeEach, afterEach } from 'vitest';
 *   useTestStore({ beforeEach, afterEach });
 *
 * With Jest (or Vitest's `globals: true`) the hooks are found on globalThis: `useTestStore()`.
 */
export function useTestStore(hooks: TestHooks | undefined = globalHooks()): void {
  if (hooks === undefined) {
    throw new TypeError(
      "useTestStore() needs your test runner's beforeEach/afterEach: pass them, e.g. " +
        "`import { beforeEach, afterEach } from 'vitest'; useTestStore({ beforeEach, afterEach })`.",
    );
  }
  hooks.beforeEach(() => resetTestStore());
  hooks.afterEach(() => endTestStore());
}

/** A fresh empty in-memory store for what follows (closes the one before). */
export async function resetTestStore(): Promise<void> {
  await close();
  if (!active) {
    savedEnv = process.env['KEYPROOF_STORE'];
    savedStore = config().store;
    active = true;
  }
  delete process.env['KEYPROOF_STORE'];
  configure({ store: keyvFor(undefined) });
}

/** Closes the test store and puts back the store settings from before `resetTestStore()`. */
export async function endTestStore(): Promise<void> {
  await close();
  if (!active) return;
  active = false;
  if (savedEnv === undefined) delete process.env['KEYPROOF_STORE'];
  else process.env['KEYPROOF_STORE'] = savedEnv;
  // configure() ignores undefined fields, so "no store configured" is written back explicitly
  configure({ store: savedStore });
  if (savedStore === undefined) {
    const current = config() as { store?: unknown };
    delete current.store;
  }
}

function globalHooks(): TestHooks | undefined {
  const g = globalThis as { beforeEach?: TestHooks['beforeEach']; afterEach?: TestHooks['afterEach'] };
  return typeof g.beforeEach === 'function' && typeof g.afterEach === 'function'
    ? { beforeEach: g.beforeEach, afterEach: g.afterEach }
    : undefined;
}
