/**
 * End to end: small projects built by the real `tspc` with @keyproof/transformer, in both
 * decorator modes and with both compiler pairs, run in a child `node` process against a real
 * SQLite store file. Cache behaviour is checked by counting upstream calls.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { closureApp } from './projects/closure-app.js';
import { contentApp } from './projects/content-app.js';
import { logoApp } from './projects/logo-app.js';
import { assertBuilt, createProject, node, tspc, type DecoratorMode } from './support/project.js';
import { TOOLCHAINS } from './support/toolchains.js';

beforeAll(() => assertBuilt());

const MODES: readonly DecoratorMode[] = ['tc39', 'legacy'];

/** stderr less the one line a process prints when it creates the default store. */
const withoutCacheNotice = (stderr: string): string => stderr.replace(/^keyproof: creating the cache .*\n/m, '');

describe.each(TOOLCHAINS)('$label', (toolchain) => {
  it('runs the TypeScript version it claims', () => {
    const version = tspc(createProject('version', toolchain, 'tc39', {}), '-v').stdout;
    expect(version).toContain(toolchain.label.startsWith('TS 6') ? 'Version 6.' : 'Version 5.9');
  });

  describe.each(MODES)('%s decorators', (mode) => {
    it('builds with tspc and shares one upstream call across job IDs, on a real SQLite file', () => {
      const project = createProject('logo', toolchain, mode, logoApp(mode));
      const build = tspc(project);
      expect(build.stdout + build.stderr).toBe('');
      expect(build.status).toBe(0);

      const run = node(project, 'dist/main.js');
      // the first process creates the default store and says where, once; nothing else on stderr
      expect(run.stderr).toBe(
        `keyproof: creating the cache ${path.join(project.dir, '.keyproof/cache.sqlite')} (the default store: .keyproof/ next to ${path.join(project.dir, 'package.json')}; ignore .keyproof/ in git; set KEYPROOF_STORE or configure({ store }) to use another)\n`,
      );
      const result = JSON.parse(run.stdout) as { upstream: Record<string, number>; same: boolean; bytes: string };
      // two calls that differ only in the excluded job ID: one upstream call; a third with other colours: one more
      expect(result.upstream.generate).toBe(2);
      // render('logo-1') and render('logo-1', 'png') with default format = 'png': one key
      expect(result.upstream.render).toBe(1);
      expect(result.upstream.describe).toBe(1);
      expect(result.same).toBe(true);
      expect(result.bytes).toBe('1,2,3');
      expect(fs.existsSync(path.join(project.dir, '.keyproof/cache.sqlite'))).toBe(true);

      // a fresh process on the same SQLite file: everything is a hit
      const second = node(project, 'dist/main.js');
      expect(second.stderr).toBe(''); // the store exists: nothing to announce
      const again = JSON.parse(second.stdout) as { upstream: Record<string, number> };
      expect(again.upstream).toEqual({ generate: 0, render: 0, describe: 0 });

      // the declarations are plain tsc output: no plan in them
      expect(fs.readFileSync(path.join(project.dir, 'dist/service.d.ts'), 'utf8')).not.toContain('signature');
    });
  });

  it('keys on normalised values, picked paths, omitted paths and @cacheKey class fields (legacy decorators)', () => {
    const project = createProject('content', toolchain, 'legacy', contentApp());
    const build = tspc(project);
    expect(build.stdout + build.stderr).toBe('');
    expect(build.status).toBe(0);
    const run = node(project, 'dist/main.js');
    expect(withoutCacheNotice(run.stderr)).toBe('');
    expect((JSON.parse(run.stdout) as { upstream: unknown }).upstream).toEqual({
      caption: 2,
      palette: 1,
      thumbnail: 1,
    });
  });

  it('keys a memoised closure on the value it captures (@cacheKey chainId): one upstream call per chain, shared across closures of one chain', () => {
    const project = createProject('closure', toolchain, 'tc39', closureApp());
    const build = tspc(project);
    expect(build.stdout + build.stderr).toBe('');
    expect(build.status).toBe(0);
    const run = node(project, 'dist/main.js');
    expect(withoutCacheNotice(run.stderr)).toBe('');
    const result = JSON.parse(run.stdout) as {
      upstream: { tokenList: number; byChain: Record<string, number> };
      lists: string[][];
    };
    // chain 1 and chain 10 each go upstream once; the repeat and a new closure for chain 10 hit
    expect(result.upstream).toEqual({ tokenList: 2, byChain: { '1': 1, '10': 1 } });
    expect(result.lists).toEqual([
      ['https://tokens.example/1/default'],
      ['https://tokens.example/10/default'],
      ['https://tokens.example/1/default'],
      ['https://tokens.example/10/default'],
    ]);
  });

  it('keys a method on the outside values its doc comment states (an imported env variable, a module let): another value is another entry, the same value hits', () => {
    const project = createProject('stated-outside', toolchain, 'tc39', {
      'main.ts': `import { env } from 'node:process';
import { close, memoize } from 'keyproof';
export const upstream = { zones: 0 };
let carrier = 'dhl';
export class Zones {
  /**
   * @cacheKey env.SHIPPING_REGION
   * @cacheKey carrier
   */
  @memoize({ version: 'zones-v1' })
  async zones(country: string): Promise<string> {
    upstream.zones++;
    return \`\${env.SHIPPING_REGION}/\${carrier}/\${country}\`;
  }
}
const z = new Zones();
env.SHIPPING_REGION = 'eu';
const answers = [await z.zones('fr'), await z.zones('fr')];
env.SHIPPING_REGION = 'us';
answers.push(await z.zones('fr'));
carrier = 'ups';
answers.push(await z.zones('fr'));
env.SHIPPING_REGION = 'eu';
carrier = 'dhl';
answers.push(await z.zones('fr'));
await close();
console.log(JSON.stringify({ upstream, answers }));
`,
    });
    const build = tspc(project);
    expect(build.stdout + build.stderr).toBe('');
    expect(build.status).toBe(0);
    const run = node(project, 'dist/main.js');
    expect(withoutCacheNotice(run.stderr)).toBe('');
    const result = JSON.parse(run.stdout) as { upstream: { zones: number }; answers: string[] };
    // eu/dhl, us/dhl and us/ups each go upstream once; the repeat and the return to eu/dhl hit
    expect(result.upstream).toEqual({ zones: 3 });
    expect(result.answers).toEqual(['eu/dhl/fr', 'eu/dhl/fr', 'us/dhl/fr', 'us/ups/fr', 'eu/dhl/fr']);
  });

  it('fails the build on a memoised closure whose captured value is not in the key, naming it and the fix', () => {
    const files = closureApp();
    const project = createProject('closure-undecided', toolchain, 'tc39', {
      ...files,
      'tokens.ts': files['tokens.ts']!.replace('/** @cacheKey chainId */\n', ''),
    });
    const build = tspc(project);
    expect(build.status).not.toBe(0);
    expect(build.stdout).toContain('error TS91046');
    expect(build.stdout).toContain('`base`');
    expect(build.stdout).toContain('`chainId`');
    expect(build.stdout).toContain('@cacheKey chainId');
  });

  it('keys a rest parameter on the arguments it binds: the same branches hit, fewer or other branches go upstream', () => {
    const project = createProject('rest', toolchain, 'tc39', {
      'main.ts': `import { close, memoize } from 'keyproof';
export const upstream = { health: 0 };
export class Runs {
  @memoize({ version: 'runs-v1' })
  async health(owner: string, ...branches: string[]): Promise<string> {
    upstream.health++;
    return owner + ':' + (branches.length > 0 ? branches : ['main']).join(',');
  }
}
const runs = new Runs();
const answers = [
  await runs.health('acme', 'main', 'dev'),
  await runs.health('acme', 'main', 'dev'),
  await runs.health('acme', 'main'),
  await runs.health('acme'),
  await runs.health('acme', 'dev', 'main'),
];
await close();
console.log(JSON.stringify({ upstream, answers }));
`,
    });
    const build = tspc(project);
    expect(build.stdout + build.stderr).toBe('');
    expect(build.status).toBe(0);
    const run = node(project, 'dist/main.js');
    expect(withoutCacheNotice(run.stderr)).toBe('');
    const result = JSON.parse(run.stdout) as { upstream: { health: number }; answers: string[] };
    // the repeat hits; one branch, none, and the same branches in another order are other keys
    expect(result.upstream.health).toBe(4);
    expect(result.answers).toEqual(['acme:main,dev', 'acme:main,dev', 'acme:main', 'acme:main', 'acme:dev,main']);
  });

  it('fails the build (non-zero exit) on an error, naming the code, file, line and fix', () => {
    const project = createProject('unknown-name', toolchain, 'tc39', {
      'main.ts': `import { memoize } from 'keyproof';
export class Jobs {
  /** @excludeFromKey jobID unique per run */
  @memoize()
  async run(jobId: string, name: string): Promise<string> {
    return jobId + name;
  }
}
`,
    });
    const build = tspc(project);
    expect(build.status).not.toBe(0);
    expect(build.stdout).toContain('error TS91001');
    expect(build.stdout).toMatch(/src[\\/]main\.ts[:(]3/);
    expect(build.stdout).toContain('write "jobId"');
  });

  it('prints warnings on stderr without failing the build, adds them as diagnostics with warnings: "diagnostic", and promotes them with warningsAsErrors', () => {
    const files = {
      'main.ts': `import { memoize } from 'keyproof';
export class Jobs {
  @memoize()
  async run(requestId: string, name: string): Promise<string> {
    return requestId + name;
  }
}
`,
    };
    const relaxed = createProject('warn', toolchain, 'tc39', files);
    const build = tspc(relaxed);
    expect(build.stderr).toMatch(
      /main\.ts:4:\d+ - warning KP91050: Parameter "requestId" of Jobs\.run is named like a per-call value/,
    ); // the one formatter's line
    expect(build.status).toBe(0);
    expect(fs.existsSync(path.join(relaxed.dir, 'dist/main.js'))).toBe(true);
    const reported = tspc(createProject('warn-diagnostic', toolchain, 'tc39', files, { warnings: 'diagnostic' }));
    expect(reported.stdout).toContain('warning TS91050');
    expect(reported.status).toBe(2); // tsc: diagnostics present, outputs generated
    const strict = tspc(createProject('warn-strict', toolchain, 'tc39', files, { warningsAsErrors: true }));
    expect(strict.stdout).toContain('error TS91050');
    expect(strict.status).not.toBe(0);
  }, 180_000); // three real tspc builds on a shared, loaded machine
});
