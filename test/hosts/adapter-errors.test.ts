/**
 * "Install that works": when the default SQLite store cannot open, the error names the real
 * cause. A missing adapter package (or a bundle that cannot import it by name) and an adapter
 * whose native module was never built (npm --ignore-scripts, pnpm 10's build policy) get
 * different fixes.
 */
import { expect, it } from 'vitest';
import { StoreConfigError } from '../../packages/runtime/src/index.js';
import { openStoreUrl } from '../../packages/runtime/src/store-tools.js';

it('a missing @keyv/sqlite: install it, or keep it external in a bundle', async () => {
  const missing = () =>
    Promise.reject(
      Object.assign(new Error("Cannot find package '@keyv/sqlite' imported from /app/dist/main.js"), {
        code: 'ERR_MODULE_NOT_FOUND',
      }),
    );
  const attempt = openStoreUrl('sqlite:///tmp/x.sqlite', missing);
  await expect(attempt).rejects.toThrow(StoreConfigError);
  await expect(openStoreUrl('sqlite:///tmp/x.sqlite', missing)).rejects.toThrow(
    /which is not installed\.\nFix: npm install @keyv\/sqlite .*In a bundle, keep keyproof and @keyv\/sqlite external/,
  );
});

it("sqlite3's native module not built: says so, and how to build it", async () => {
  // what `import('@keyv/sqlite')` throws when sqlite3 was installed with its build script skipped
  const unbuilt = () =>
    Promise.reject(
      Object.assign(
        new Error('Could not locate the bindings file. Tried:\n → /app/node_modules/sqlite3/build/node_sqlite3.node'),
        { code: undefined },
      ),
    );
  await expect(openStoreUrl('sqlite:///tmp/x.sqlite', unbuilt)).rejects.toThrow(
    /installed but failed to load: Could not locate the bindings file\. Tried:\nThis is usually sqlite3's native module.*npm rebuild sqlite3.*onlyBuiltDependencies/s,
  );
  await expect(openStoreUrl('sqlite:///tmp/x.sqlite', unbuilt)).rejects.not.toThrow(/which is not installed/);
});
