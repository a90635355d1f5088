/**
 * MissingPlanError for a TC39-decorated method names the class's own line in the user's
 * source: not the line of the `__esDecorate` helper TypeScript puts at the top of the emitted
 * file. A real `tsc` build (no keyproof plugin, source maps on) run by a real Node process.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const runtimeDist = join(here, '..', 'dist', 'index.js');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

beforeAll(() => {
  if (!existsSync(runtimeDist)) throw new Error('packages/runtime/dist is missing: run `pnpm build` first');
});

function project(sourceMap: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'keyproof-missing-plan-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(here, '..'), join(dir, 'node_modules', 'keyproof'), 'dir');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: true,
        types: [],
        outDir: 'dist',
        rootDir: 'src',
        sourceMap,
      },
      include: ['src'],
    }),
  );
  writeFileSync(
    join(dir, 'src', 'service.ts'),
    [
      "import { memoize } from 'keyproof';",
      '',
      '// a few lines, so the helper TypeScript emits on top cannot share the class line',
      'export const unrelated = 1;',
      '',
      'export class Service {',
      '  @memoize()',
      '  async run(x: number): Promise<number> {',
      '    return x;',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'src', 'main.ts'),
    "try {\n  await import('./service.js');\n} catch (error) {\n  console.log((error as Error).message.split('\\n')[0]);\n  console.error((error as Error).message);\n}\n",
  );
  execFileSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' });
  return dir;
}

const firstLine = (dir: string) => {
  const run = spawnSync(process.execPath, [join(dir, 'dist', 'main.js')], { cwd: dir, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  // it never only says to add the plugin: a build whose keyproof errors withheld the plans gives the same file
  expect(run.stderr).toContain('with noEmitOnError the transformer left the plans out');
  expect(run.stderr).toContain('keyproof check -p .');
  return run.stdout.trim();
};

it('names src/service.ts and the decorated method line, through the source map', () => {
  const dir = project(true);
  expect(firstLine(dir)).toBe(
    'method run (in the class declared at src/service.ts:8) is memoised but has no key plan.',
  );
});

it('without a source map, the class in the emitted file, never the helper at its top', () => {
  const dir = project(false);
  const line = firstLine(dir);
  const at = /declared at dist\/service\.js:(\d+)\)/.exec(line);
  expect(at, line).not.toBeNull();
  const emitted = execFileSync('sed', ['-n', `${at![1]}p`, join(dir, 'dist', 'service.js')], { encoding: 'utf8' });
  expect(emitted).not.toMatch(/function __esDecorate|function __runInitializers/);
  expect(emitted).toMatch(/__esDecorate\(|class Service|_run_decorators/);
});
