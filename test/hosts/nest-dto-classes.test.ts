/**
 * Declared classes come back as classes, in a real `nest build` (issue 20): a NestJS service
 * (booted by @nestjs/core) returns DTO classes, alone, nullable, in arrays, in a Map and inside
 * a page object, with a nested class its file does not import. Built by the Nest CLI with the
 * keyproof plugin (legacy decorators, CommonJS) after `keyproof keys` recorded its plans, then
 * run twice on the default SQLite store: the first process calls each upstream once and
 * serves its hits from memory, the second serves every call from the store. Every hit is an
 * instance of its class (`instanceof`, methods, getters, nested classes, Dates), a fresh object
 * per call; a value of another class (an AdminDto where UserDto is declared) is returned but
 * never stored, and says why.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/toolchains.js';
import { assertBuilt } from '../support/project.js';
import { ensureHostDeps } from './support/deps.js';
import { HOSTS } from './support/host-list.js';
import { createHostProject, DEPS, recordKeys, runHostSteps, type Host, type Outcome } from './support/hosts.js';

const NEST_BUILD = HOSTS.find((h) => h.name === 'nest-build')!;
/** The matrix's nest-build host, with NestJS itself to boot the app (and decorator metadata, as Nest projects emit it). */
const NEST: Host = {
  ...NEST_BUILD,
  links: {
    ...NEST_BUILD.links,
    ...Object.fromEntries(
      ['@nestjs/common', '@nestjs/core', 'reflect-metadata', 'rxjs'].map((name) => [name, path.join(DEPS, name)]),
    ),
  },
  compilerOptions: { ...NEST_BUILD.compilerOptions, emitDecoratorMetadata: true },
};
const SCENARIO = path.join(ROOT, 'test/hosts/scenario-nest-dto/src');

interface DtoResult {
  readonly upstream: Record<string, number>;
  readonly checks: Record<string, boolean>;
  readonly unstorable: readonly string[];
}

const result = (outcome: Outcome): DtoResult | undefined => {
  const line = /KEYPROOF_DTO_RESULT (\{.*\})/.exec(outcome.output)?.[1];
  return line !== undefined ? (JSON.parse(line) as DtoResult) : undefined;
};

let dir: string;
let first: Outcome;
let second: Outcome;
beforeAll(async () => {
  assertBuilt();
  ensureHostDeps();
  dir = createHostProject(NEST, 'ok', SCENARIO);
  await recordKeys(dir, 'ok');
  first = await runHostSteps(NEST, dir);
  second = await runHostSteps(NEST, dir, false);
}, 600_000);

const ALL_CHECKS = {
  findOne: true,
  'findOne null': true,
  team: true,
  'byId Map': true,
  page: true,
  'owner stays AdminDto': true,
};

describe('nest build: a service returning DTO classes', () => {
  it('builds clean, the plan naming the classes (AddressDto required although the service does not import it)', () => {
    expect(first.code, first.output).toBe(0);
    const service = fs.readFileSync(path.join(dir, 'dist/users.service.js'), 'utf8');
    expect(service).toContain('classes: () => [require("./users.dto").UserDto, require("./users.dto").AddressDto]');
    const keys = JSON.parse(fs.readFileSync(path.join(dir, 'keyproof.keys.json'), 'utf8')) as unknown;
    expect(JSON.stringify(keys)).toContain('UsersService.team');
  });

  it('first process: one upstream call per method, every hit an instance of its class, a fresh copy each time', () => {
    const r = result(first);
    expect(r, first.output).toBeDefined();
    expect(r!.checks).toEqual(ALL_CHECKS);
    // findOne ran for '7' and 'none'; the AdminDto owner is never stored, so it runs every round
    expect(r!.upstream).toEqual({ findOne: 2, team: 1, byId: 1, page: 1, owner: 3 });
  });

  it('second process: every DTO call is served from the SQLite store, as instances', () => {
    expect(second.code, second.output).toBe(0);
    const r = result(second);
    expect(r, second.output).toBeDefined();
    expect(r!.checks).toEqual(ALL_CHECKS);
    expect(r!.upstream).toEqual({ findOne: 0, team: 0, byId: 0, page: 0, owner: 3 });
  });

  it('a value of another class is refused, not mangled, and the reason names method, path, classes and fix', () => {
    expect(result(first)!.unstorable).toEqual([
      expect.stringMatching(
        /^result is an instance of AdminDto, where the declared return type of UsersService\.owner has UserDto: a hit would give it back as UserDto$/,
      ),
    ]);
    expect(first.output).toContain('declare AdminDto in the return type (`UserDto | AdminDto`)');
  });
});
