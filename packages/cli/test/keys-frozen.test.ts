/**
 * `keyproof check --frozen` and `tspc` with the plugin option
 * `manifest: { path: "keyproof.keys.json", frozen: true }` give the same verdicts (codes and
 * messages) on the same project, under both TypeScript pairs, with the real tspc binaries.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { TOOLCHAINS } from '@keyproof/test-support';
import { createKeysProject, editFile, keyproof, removeProject, tspc, verdicts } from './keys-project.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeProject));

describe.each(TOOLCHAINS)('$label', (toolchain) => {
  it('tspc with the frozen option and keyproof check --frozen agree, step by step', async () => {
    const dir = createKeysProject(toolchain, { manifest: { path: 'keyproof.keys.json', frozen: true } });
    dirs.push(dir);
    const both = async () => {
      const build = tspc(dir, toolchain);
      const check = await keyproof('check', '--frozen', '-p', dir);
      expect(verdicts(check.out)).toEqual(verdicts(build.out));
      expect(check.code === 0).toBe(build.code === 0);
      return { code: check.code, verdicts: verdicts(check.out) };
    };

    expect((await keyproof('keys', '-p', dir)).code).toBe(0);
    expect(await both()).toEqual({ code: 0, verdicts: [] });

    editFile(dir, 'prompt.ts', 'positive, negative or neutral', 'positive or negative');
    const stale = await both();
    expect(stale.code).toBe(1);
    expect(stale.verdicts.map(([severity, code]) => [severity, code])).toEqual([['error', '91071']]);

    editFile(dir, 'classifier.ts', "version: 'cls-v1'", "version: 'cls-v2'");
    editFile(
      dir,
      'classifier.ts',
      "async summarise(text: string, words: number): Promise<string> {\n    return text.split(' ').slice(0, words)",
      "async summarise(text: string): Promise<string> {\n    return text.split(' ').slice(0, 50)",
    );
    const changed = await both();
    expect(changed.verdicts.map(([severity, code]) => [severity, code])).toEqual([
      ['error', '91072'],
      ['error', '91070'],
    ]);
    expect(changed.verdicts[1]![2]).toMatch(
      /^summary: key loses field `words` — every existing entry is orphaned on deploy\./,
    );

    expect((await keyproof('keys', '-p', dir)).code).toBe(0);
    expect(await both()).toEqual({ code: 0, verdicts: [] });
  }, 300_000); // four real tspc builds and four checks on a shared, loaded machine
});

it('check --frozen never says "no findings" before reporting that the manifest is stale', async () => {
  const dir = createKeysProject(TOOLCHAINS[0]!, { manifest: { path: 'keyproof.keys.json', frozen: true } });
  dirs.push(dir);
  expect((await keyproof('keys', '-p', dir)).code).toBe(0);
  const clean = await keyproof('check', '--frozen', '-p', dir);
  expect(clean.code).toBe(0);
  expect(clean.out).toContain('matches the program');
  editFile(dir, 'prompt.ts', 'positive, negative or neutral', 'positive or negative');
  const stale = await keyproof('check', '--frozen', '-p', dir);
  expect(stale.code).toBe(1);
  expect(stale.out).toContain('KP91071');
  expect(stale.out).not.toContain('no findings');
}, 120_000);
