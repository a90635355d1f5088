/**
 * Declared classes through a source host (Vite, esbuild, tsx: the plans are spliced into the
 * TypeScript source): an ES-module project whose service imports its DTO with `import type`
 * and never imports the nested class. The spliced source gets imports of its own on its first
 * line (lines never move), written as the file writes its imports (`./users.dto.js`); compiled
 * file by file as a bundler would (no type information, so the imports must be there in the
 * text) and run: one upstream call, every hit an instance of its class.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceHost } from '../../packages/transformer/src/hosts/index.js';
import { ROOT, RUNTIME } from '../support/toolchains.js';

const DIR = path.join(ROOT, 'test/.tmp/source-host-classes');

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'source-host-classes', private: true, type: 'module' }),
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [path.join(ROOT, 'node_modules/@types')],
    },
    include: ['src'],
  }),
  'src/users.dto.ts': [
    'export class AddressDto {',
    '  city!: string;',
    '  get label(): string { return `in ${this.city}`; }',
    '}',
    'export class UserDto {',
    '  id!: string;',
    '  address!: AddressDto;',
    '  greet(): string { return `hi ${this.id}`; }',
    '}',
    'export function makeUser(id: string): UserDto {',
    "  return Object.assign(new UserDto(), { id, address: Object.assign(new AddressDto(), { city: 'Lyon' }) });",
    '}',
  ].join('\n'),
  'src/users.service.ts': [
    "import { memoize } from 'keyproof';",
    "import type { UserDto } from './users.dto.js';",
    "import { makeUser } from './users.dto.js';",
    '',
    'export const upstream = { team: 0 };',
    '',
    'export class UsersService {',
    '  @memoize()',
    '  async team(name: string): Promise<Map<string, UserDto[]>> {',
    '    upstream.team++;',
    '    return new Map([[name, [makeUser(`${name}1`), makeUser(`${name}2`)]]]);',
    '  }',
    '}',
  ].join('\n'),
  'src/main.ts': [
    "import { close, configure } from 'keyproof';",
    "import { AddressDto, UserDto } from './users.dto.js';",
    "import { upstream, UsersService } from './users.service.js';",
    "configure({ store: 'memory://' });",
    'const service = new UsersService();',
    'const checks: boolean[] = [];',
    'for (let i = 0; i < 3; i++) {',
    "  const team = (await service.team('t')).get('t')!;",
    "  checks.push(team.every((u) => u instanceof UserDto && u.address instanceof AddressDto && u.greet() === `hi ${u.id}` && u.address.label === 'in Lyon'));",
    '}',
    'await close();',
    'process.stdout.write(`RESULT ${JSON.stringify({ upstream, checks })}\\n`);',
  ].join('\n'),
};

afterAll(() => fs.rmSync(DIR, { recursive: true, force: true }));

describe('a source host splices the classes a result holds into the source', () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(DIR, file)), { recursive: true });
    fs.writeFileSync(path.join(DIR, file), text);
  }
  fs.mkdirSync(path.join(DIR, 'node_modules'), { recursive: true });
  fs.symlinkSync(RUNTIME, path.join(DIR, 'node_modules/keyproof'), 'dir');
  const host = new SourceHost({ root: DIR });
  const service = path.join(DIR, 'src/users.service.ts');
  const spliced = host.transform(service, FILES['src/users.service.ts']!);

  it('imports the classes on the first line, as the file writes its imports, and keeps every line where it was', () => {
    expect(spliced.errors).toEqual([]);
    const lines = spliced.code.split('\n');
    expect(lines).toHaveLength(FILES['src/users.service.ts']!.split('\n').length);
    expect(lines[0]).toBe(
      'import { UserDto as __keyproof_class_0 } from "./users.dto.js"; import { AddressDto as __keyproof_class_1 } from "./users.dto.js"; import { memoize } from \'keyproof\';',
    );
    expect(spliced.code).toContain('classes: () => [__keyproof_class_0, __keyproof_class_1]');
  });

  it('runs, compiled file by file: one upstream call, instances on every hit', () => {
    fs.mkdirSync(path.join(DIR, 'dist'), { recursive: true });
    for (const file of ['users.dto.ts', 'users.service.ts', 'main.ts']) {
      const source = file === 'users.service.ts' ? spliced.code : FILES[`src/${file}`]!;
      const js = ts.transpileModule(source, {
        fileName: file,
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
      }).outputText;
      fs.writeFileSync(path.join(DIR, 'dist', file.replace(/\.ts$/, '.js')), js);
    }
    const run = spawnSync(process.execPath, ['dist/main.js'], {
      cwd: DIR,
      encoding: 'utf8',
      env: { ...process.env, KEYPROOF_STORE: '' },
    });
    const line = /RESULT (\{.*\})/.exec(run.stdout)?.[1];
    expect(line, run.stdout + run.stderr).toBeDefined();
    expect(JSON.parse(line!)).toEqual({ upstream: { team: 1 }, checks: [true, true, true] });
  });
});
