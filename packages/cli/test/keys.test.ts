/**
 * `keyproof keys` and `keyproof check --frozen` on a real fixture project (test/fixtures/
 * keys-project) compiled with the real TypeScript program, the CLI run in-process.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { close, configure, flush, memoize, planSignature, PLAN_FORMAT, type KeyField, type KeyPlan } from 'keyproof';
import { afterAll, describe, expect, it } from 'vitest';
import { TOOLCHAINS } from '@keyproof/test-support';
import { createKeysProject, editFile, git, keyproof, readManifest, removeProject } from './keys-project.js';
import { runCli } from './run-cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeProject));
const [ts59, ts60] = [TOOLCHAINS[0]!, TOOLCHAINS[1]!];

function project(toolchain = ts59, plugin: Record<string, unknown> = {}): string {
  const dir = createKeysProject(toolchain, plugin);
  dirs.push(dir);
  return dir;
}

// each step compiles the project: generous bounds for a loaded machine, not a speed claim
describe('keyproof keys', { timeout: 120_000 }, () => {
  it('writes keyproof.keys.json, byte-identical on a second run and under both TypeScript pairs', async () => {
    const a = project(ts59);
    const first = await keyproof('keys', '-p', a);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/keyproof keys: wrote .*keyproof\.keys\.json \(2 memoised methods\)\./);
    const text = readManifest(a);
    expect(JSON.parse(text).methods['TextClassifier.classify']).toMatchObject({
      version: 'cls-v1',
      excluded: [{ name: 'requestId', reason: 'unique per request' }],
    });
    const again = await keyproof('keys', '-p', a);
    expect(again.out).toMatch(/keyproof keys: .*keyproof\.keys\.json is up to date \(2 memoised methods\)\./);
    expect(readManifest(a)).toBe(text);
    const b = project(ts60);
    expect((await keyproof('keys', '-p', b)).code).toBe(0);
    expect(readManifest(b)).toBe(text);
  });

  it('the installed binary, as a child process: keys writes, check --frozen exits 1 on a difference and 0 once recorded', async () => {
    const dir = project();
    const keys = await runCli(['keys', '-p', dir], { cwd: dir });
    expect(keys).toMatchObject({ code: 0, stderr: '' });
    expect(keys.stdout).toBe('keyproof keys: wrote keyproof.keys.json (2 memoised methods).\n');
    editFile(dir, 'classifier.ts', "version: 'sum-v1'", "version: 'sum-v2'");
    const frozen = await runCli(['check', '--frozen'], { cwd: dir });
    expect(frozen.code).toBe(1);
    expect(frozen.stdout).toContain('src/classifier.ts:21:4 - error KP91072: summary: version `sum-v1` → `sum-v2`');
    expect((await runCli(['keys'], { cwd: dir })).code).toBe(0);
    expect(await runCli(['check', '--frozen'], { cwd: dir })).toMatchObject({ code: 0 });
    expect((await runCli(['keys', '--help'])).stdout).toContain(
      'Usage: keyproof keys [-p tsconfig.json] [--accept ID]... [--base REF] [--diff REF] [--json] [--store URL]',
    );
  });

  it('a body change without a version bump: check --frozen fails; keys warns and leaves it unrecorded; --accept records who and when', async () => {
    const dir = project();
    await keyproof('keys', '-p', dir);
    expect(await keyproof('check', '--frozen', '-p', dir)).toMatchObject({ code: 0 });
    editFile(dir, 'prompt.ts', 'positive, negative or neutral', 'positive, negative, neutral or mixed');

    const frozen = await keyproof('check', '--frozen', '-p', dir);
    expect(frozen.code).toBe(1);
    expect(frozen.out).toContain(
      'src/classifier.ts:12:4 - error KP91071: TextClassifier.classify: body changed (literal text in `src/prompt.ts#SYSTEM_PROMPT`) but version `cls-v1` did not — ' +
        'cached answers from the old body will be served until they expire (ttl 30d). Bump version, or accept with `keyproof keys --accept TextClassifier.classify`',
    );

    const recorded = readManifest(dir);
    const keys = await keyproof('keys', '-p', dir);
    expect(keys.code).toBe(0);
    expect(keys.out).toContain('warning KP91071: TextClassifier.classify: body changed');
    expect(keys.out).toContain('Not recorded: the body change of TextClassifier.classify');
    expect(readManifest(dir)).toBe(recorded);
    expect((await keyproof('check', '--frozen', '-p', dir)).code).toBe(1);

    const accepted = await keyproof('keys', '-p', dir, '--accept', 'TextClassifier.classify');
    expect(accepted.code).toBe(0);
    expect(accepted.out).toMatch(
      /TextClassifier\.classify: body changed .* accepted by Grace Reviewer at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/,
    );
    const entry = JSON.parse(readManifest(dir)).methods['TextClassifier.classify'];
    expect(entry.accepted).toMatchObject({
      by: 'Grace Reviewer',
      version: 'cls-v1',
      from: JSON.parse(recorded).methods['TextClassifier.classify'].body.fingerprint,
      to: entry.body.fingerprint,
    });
    expect(await keyproof('check', '--frozen', '-p', dir)).toMatchObject({ code: 0 });
  });

  it('--accept falls back to $USER without a git user name, and refuses what has nothing to accept', async () => {
    const dir = project();
    await keyproof('keys', '-p', dir);
    editFile(dir, 'classifier.ts', "'small-model'", "'large-model'");
    git(dir, 'config', '--unset', 'user.name');
    const saved = {
      GIT_CONFIG_GLOBAL: process.env['GIT_CONFIG_GLOBAL'],
      GIT_CONFIG_NOSYSTEM: process.env['GIT_CONFIG_NOSYSTEM'],
      USER: process.env['USER'],
    };
    Object.assign(process.env, { GIT_CONFIG_GLOBAL: os.devNull, GIT_CONFIG_NOSYSTEM: '1', USER: 'ci-bot' });
    try {
      const before = readManifest(dir);
      const refused = await keyproof('keys', '-p', dir, '--accept', 'summary', '--accept', 'TextClassifier.classify');
      expect(refused.code).toBe(1);
      expect(refused.err).toContain(
        "keyproof keys: cannot accept summary: summary's body has not changed since it was recorded: nothing to accept.",
      );
      expect(refused.err).toContain('keyproof.keys.json left as it was.');
      expect(readManifest(dir)).toBe(before);
      const typo = await keyproof('keys', '-p', dir, '--accept', 'TextClassifer.classify');
      expect(typo.code).toBe(1);
      expect(typo.err).toContain(
        'keyproof keys: cannot accept TextClassifer.classify: no memoised method has this id (ids: TextClassifier.classify, summary).',
      );
      expect(await keyproof('keys', '-p', dir, '--accept', 'TextClassifier.classify')).toMatchObject({ code: 0 });
    } finally {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
    expect(JSON.parse(readManifest(dir)).methods['TextClassifier.classify'].accepted.by).toBe('ci-bot');
  });

  it('--diff REF compares with the manifest committed at REF and writes nothing', async () => {
    const dir = project();
    await keyproof('keys', '-p', dir);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'keys');
    editFile(
      dir,
      'classifier.ts',
      'labels: readonly string[]): Promise<string> {',
      "labels: readonly string[], style = 'short'): Promise<string> {",
    );
    editFile(dir, 'classifier.ts', "version: 'sum-v1'", "version: 'sum-v2'");
    const before = readManifest(dir);
    const diff = await keyproof('keys', '-p', dir, '--diff', 'HEAD');
    expect(diff.code).toBe(0);
    expect(diff.out).toContain('Cache keys: ');
    expect(diff.out).toContain(
      '- TextClassifier.classify: key gains field `style` — every existing entry is orphaned on deploy.\n',
    );
    expect(diff.out).toContain(
      '- summary: version `sum-v1` → `sum-v2` — every existing entry is orphaned on deploy, as intended when the answers change.\n',
    );
    expect(readManifest(dir)).toBe(before);
    const unknown = await keyproof('keys', '-p', dir, '--diff', 'no-such-ref');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/cannot read keyproof\.keys\.json at no-such-ref/);
    const option = await keyproof('keys', '-p', dir, '--diff=--output=x');
    expect(option.code).toBe(2);
    expect(option.err).toContain('--diff takes a git ref');
  });

  it('with a store, says how many entries a key change orphans (counted from the store the runtime wrote)', async () => {
    const dir = project();
    await keyproof('keys', '-p', dir);
    const store = `sqlite://${path.join(dir, 'cache.sqlite')}`;
    expect(await fillStore(store, ['a', 'b', 'c', 'a'])).toBe(3);
    editFile(
      dir,
      'classifier.ts',
      'labels: readonly string[]): Promise<string> {',
      "labels: readonly string[], style = 'short'): Promise<string> {",
    );
    const frozen = await keyproof('check', '--frozen', '-p', dir, '--store', store);
    expect(frozen.code).toBe(1);
    expect(frozen.out).toContain(
      'error KP91070: TextClassifier.classify: key gains field `style` — every existing entry (3 in the last `keyproof stats`) is orphaned on deploy.',
    );
  });

  it('a manifest that is not one: keys refuses to overwrite it, check --frozen fails, both say how to fix it', async () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'keyproof.keys.json'), '{ "format": "keyproof-keys/1" ');
    const keys = await keyproof('keys', '-p', dir);
    expect(keys.code).toBe(1);
    expect(keys.err).toMatch(
      /keyproof\.keys\.json is not valid JSON .*Fix: restore it from version control, or delete it and run `keyproof keys`/,
    );
    expect(fs.readFileSync(path.join(dir, 'keyproof.keys.json'), 'utf8')).toBe('{ "format": "keyproof-keys/1" ');
    const frozen = await keyproof('check', '--frozen', '-p', dir);
    expect(frozen.code).toBe(1);
    expect(frozen.out).toMatch(/error KP91076: keyproof\.keys\.json is not valid JSON/);
  });

  it('check --frozen without a manifest fails with the fix; a removed method is named', async () => {
    const dir = project();
    const missing = await keyproof('check', '--frozen', '-p', dir);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain(
      'error KP91076: keyproof.keys.json not found, so the keys of 2 memoised method(s) cannot be reviewed. Fix: run `keyproof keys` and commit keyproof.keys.json.',
    );
    await keyproof('keys', '-p', dir);
    editFile(dir, 'classifier.ts', /export class Summariser \{[\s\S]*$/, '');
    const removed = await keyproof('check', '--frozen', '-p', dir);
    expect(removed.code).toBe(1);
    expect(removed.out).toContain(
      'error KP91074: summary: in keyproof.keys.json but no longer in the program (removed, or its id changed)',
    );
    expect(fs.existsSync(path.join(dir, 'keyproof.keys.json'))).toBe(true);
  });
});

/** Calls of TextClassifier.classify through the runtime with the plan the transformer emits; returns upstream calls. */
async function fillStore(store: string, texts: readonly string[]): Promise<number> {
  configure({ store, flushIntervalMs: 0 });
  let upstream = 0;
  const fields: KeyField[] = [
    { name: 'text', index: 1 },
    { name: 'labels', index: 2 },
  ];
  const plan: KeyPlan = {
    format: PLAN_FORMAT,
    id: 'TextClassifier.classify',
    source: 'src/classifier.ts:13',
    fields,
    excluded: [{ name: 'requestId', index: 0, reason: 'unique per request' }],
    signature: planSignature(fields),
    project: ((_requestId: string, text: string, labels: readonly string[]) => [text, labels]) as KeyPlan['project'],
  };
  const classify = memoize(
    async (_requestId: string, text: string, _labels: readonly string[]) => {
      upstream++;
      return `label of ${text}`;
    },
    { id: 'TextClassifier.classify', version: 'cls-v1', ttl: '30d' },
    plan,
  );
  for (const [i, text] of texts.entries()) await classify(`req-${i}`, text, ['positive', 'negative']);
  await flush();
  await close();
  return upstream;
}
