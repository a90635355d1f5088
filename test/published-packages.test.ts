/**
 * What we publish holds product code only: each package under packages/ is packed as
 * `pnpm pack` would publish it, and its tarball must hold dist/ (built from a clean dist, with
 * source maps), README.md, LICENSE and package.json and nothing else, no test file or helper, and
 * its JavaScript must import nothing but Node's built-ins, its own name and the packages its
 * published package.json declares (dependencies, peer or optional dependencies). A test
 * helper compiled into dist/ fails here, and so does a devDependency reached at run time.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/toolchains.js';

interface Manifest {
  readonly name: string;
  readonly private?: boolean;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
}

const TEST_FILE =
  /(^|\/)(test|tests|__tests__|test-support|fixtures)\/|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)behaviour\/suite\./;

const published = fs
  .readdirSync(path.join(ROOT, 'packages'))
  .map((dir) => path.join(ROOT, 'packages', dir))
  .filter((dir) => fs.existsSync(path.join(dir, 'package.json')))
  .filter((dir) => !(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest).private);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'keyproof-pack-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** pnpm itself when the suite runs under `pnpm test` (it rewrites `workspace:*` as publishing does). */
function pnpm(args: string[], cwd: string): string {
  const execPath = process.env.npm_execpath;
  const [command, prefix] =
    execPath && /pnpm/.test(path.basename(execPath)) ? [process.execPath, [execPath]] : ['npx', ['-y', 'pnpm@10']];
  return execFileSync(command, [...prefix, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile());
}

describe.each(published.map((dir) => ({ dir, name: path.basename(dir) })))('packages/$name as published', ({ dir }) => {
  let unpacked = '';
  let files: string[] = [];
  let manifest: Manifest;

  beforeAll(() => {
    const destination = fs.mkdtempSync(path.join(work, `${path.basename(dir)}-`));
    pnpm(['pack', '--pack-destination', destination], dir);
    const tarball = fs.readdirSync(destination).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${dir}`);
    execFileSync('tar', ['-xzf', path.join(destination, tarball), '-C', destination]);
    unpacked = path.join(destination, 'package');
    files = listFiles(unpacked);
    manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'package.json'), 'utf8')) as Manifest;
  }, 120_000);

  it('holds built JavaScript and no test file or test helper', () => {
    expect(files.some((f) => f.startsWith('dist/') && f.endsWith('.js'))).toBe(true);
    expect(files.filter((f) => TEST_FILE.test(f))).toEqual([]);
  });

  it('imports only Node built-ins, itself and what its package.json declares', () => {
    const declared = new Set([
      manifest.name,
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
      ...Object.keys(manifest.optionalDependencies ?? {}),
    ]);
    const undeclared: string[] = [];
    for (const file of files.filter((f) => /\.[cm]?js$/.test(f))) {
      const text = fs.readFileSync(path.join(unpacked, file), 'utf8');
      // TypeScript's own scanner: import/export/require/import() in code, not in comments or messages
      for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
        if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
        if (!declared.has(packageNameOf(specifier))) undeclared.push(`${file}: ${specifier}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('holds dist (with source maps that carry their sources), README.md, LICENSE and package.json, nothing else', () => {
    expect(
      files.filter((f) => !f.startsWith('dist/') && !['README.md', 'LICENSE', 'package.json'].includes(f)),
    ).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']));
    expect(fs.readFileSync(path.join(unpacked, 'LICENSE'), 'utf8')).toBe(
      fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'),
    );
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts.filter((f) => !files.includes(`${f}.map`))).toEqual([]);
    // src/ is not published, so a map must carry the source it points at
    const blind = scripts.filter((f) => {
      const map = JSON.parse(fs.readFileSync(path.join(unpacked, `${f}.map`), 'utf8')) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      return map.sourcesContent?.length !== map.sources.length || map.sourcesContent.some((c) => typeof c !== 'string');
    });
    expect(blind).toEqual([]);
  });

  it('points main, types, bin and every export at a file it holds', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(unpacked, 'package.json'), 'utf8')) as Record<string, unknown>;
    const targets: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') targets.push(value);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect([raw['main'], raw['types'], raw['bin'], raw['exports']]);
    const missing = targets.map((t) => path.posix.normalize(t)).filter((t) => !files.includes(t));
    expect(targets.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('declares the Node versions it runs on', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(unpacked, 'package.json'), 'utf8')) as {
      engines?: { node?: string };
    };
    expect(raw.engines?.node).toMatch(/>=\s*20/);
  });
});
