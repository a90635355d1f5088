/**
 * One analysis, many hosts: the job-ID scenario (two job IDs, identical inputs: one upstream
 * call, the bytes intact) built or run by every host keyproof supports, from the real host
 * packages (test/hosts/deps, pinned), in three variants:
 * - `ok`: keys recorded by `keyproof keys` and reviewed frozen (`manifest: { frozen: true }`):
 *   every host passes, with the same store keys, so processes built different ways share a cache;
 * - `stale`: a version bumped since the keys were recorded: every host with a program fails
 *   with the same KP91072 at the same place; a host without types says it could not check;
 * - `typo`: `@excludeFromKey jobid`: every host fails with the same KP91001.
 * "The same" is literal: each host's keyproof diagnostics (file:line:column, severity, code,
 * message) are those of tspc.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../support/project.js';
import { ensureHostDeps } from './support/deps.js';
import { CHECK_TS7, HOSTS } from './support/host-list.js';
import {
  createHostProject,
  keyproofDiagnostics,
  limited,
  recordKeys,
  runHost,
  type Host,
  type Outcome,
  type Variant,
} from './support/hosts.js';

const outcomes = new Map<string, Outcome>();
const started = Date.now();
const outcome = (host: Host, variant: Variant): Outcome => {
  const found = outcomes.get(`${host.name}/${variant}`);
  if (found === undefined) throw new Error(`${host.name} (${variant}) did not run`);
  return found;
};
const REFERENCE = HOSTS[0]!; // tspc with TypeScript 5.9
/** What a host without type information adds: the checks it skipped, the manifest it could not check. */
const SYNTAX_ONLY =
  /^warning 91090 |^warning 91076 keyproof\.keys\.json was not checked: this host gives no type information/;
const FULL = [...HOSTS, CHECK_TS7].filter((host) => host.analysis === 'full');

beforeAll(async () => {
  assertBuilt();
  ensureHostDeps();
  const runs = [...HOSTS, CHECK_TS7].flatMap((host) =>
    (['ok', 'stale', 'typo'] as const).map((variant) => async () => {
      const dir = createHostProject(host, variant);
      await recordKeys(dir, variant);
      outcomes.set(`${host.name}/${variant}`, await runHost(host, dir));
    }),
  );
  await limited(2, runs); // two at a time: the CI machine has two cores
}, 900_000);

afterAll(() => {
  process.stdout.write(`host matrix: ${outcomes.size} runs in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
});

describe.each(HOSTS)('$name', (host) => {
  it('two job IDs, one upstream call, the bytes intact; the frozen keys review passes', () => {
    const { code, output, result } = outcome(host, 'ok');
    expect(code, output).toBe(0);
    expect(result, output).toMatchObject({ upstream: { render: 1, caption: 1 }, bytesIntact: true });
    expect(result!.keys).toHaveLength(2);
    // a host without a program says which checks it skipped; one with a program runs them all
    if (host.analysis === 'syntax') expect(output).toContain('KP91090');
    else expect(keyproofDiagnostics(output), output).toEqual([]);
  });

  it("a typo'd exclusion fails with KP91001, naming the file and the fix", () => {
    const { code, output } = outcome(host, 'typo');
    expect(code).not.toBe(0);
    expect(output).toMatch(/(KP|TS)91001/);
    expect(output).toMatch(/renderer\.ts/);
    expect(output).toContain('Fix: write "jobId"');
  });
});

describe('the same diagnostics and frozen verdicts in every host', () => {
  it("a typo'd exclusion: every host reports tspc's errors, and no warning tspc does not", () => {
    const reference = keyproofDiagnostics(outcome(REFERENCE, 'typo').output);
    const errors = (list: readonly string[]): string[] => list.filter((d) => / error \d+ /.test(d));
    expect(errors(reference)).toContainEqual(
      expect.stringMatching(
        /^renderer\.ts:9:6 error 91001 @excludeFromKey jobid in Renderer\.render: there is no parameter "jobid"/,
      ),
    );
    for (const host of [...HOSTS, CHECK_TS7]) {
      const own = keyproofDiagnostics(outcome(host, 'typo').output).filter(
        (d) => !(host.analysis === 'syntax' && SYNTAX_ONLY.test(d)),
      );
      const context = `${host.name}:\n${outcome(host, 'typo').output}`;
      // a fix is spelled for the host's decorator mode (a parameter decorator only under
      // experimentalDecorators): across modes, everything up to "Fix:" is the same
      const comparable = (list: readonly string[]): string[] =>
        host.decorators === REFERENCE.decorators ? [...list] : list.map((d) => d.replace(/ Fix: .*$/, ''));
      expect(comparable(errors(own)), context).toEqual(comparable(errors(reference)));
      // a failing build may leave warnings out (tsup prints only errors then), never change them
      expect(comparable(reference), context).toEqual(expect.arrayContaining(comparable(own)));
      if (host.decorators === 'legacy') expect(own.join('\n'), context).toContain('(or @notKey on the parameter)');
      else expect(own.join('\n'), context).not.toContain('@notKey on the parameter');
    }
  });

  it('a version bumped since the keys were recorded: every host with a program fails with the same KP91072', () => {
    const reference = keyproofDiagnostics(outcome(REFERENCE, 'stale').output);
    expect(reference).toEqual([
      expect.stringMatching(/^renderer\.ts:11:4 error 91072 Renderer\.render: version `v1` → `v2`/),
    ]);
    for (const host of FULL) {
      const { code, output } = outcome(host, 'stale');
      expect(code, `${host.name}:\n${output}`).not.toBe(0);
      expect(keyproofDiagnostics(output), `${host.name}:\n${output}`).toEqual(reference);
    }
  });

  it('a host without type information cannot check the keys: it says so and does not fail the run', () => {
    for (const host of HOSTS.filter((h) => h.analysis === 'syntax')) {
      const { code, output } = outcome(host, 'stale');
      expect(code, output).toBe(0);
      expect(keyproofDiagnostics(output)).toContainEqual(expect.stringMatching(SYNTAX_ONLY));
      expect(output).not.toContain('91072');
    }
  });
});

describe('the same key everywhere', () => {
  it('every host plans the same signatures and so uses the same store keys as tspc', () => {
    const reference = outcome(REFERENCE, 'ok').result?.keys;
    expect(reference).toHaveLength(2);
    const keys = Object.fromEntries(HOSTS.map((host) => [host.name, outcome(host, 'ok').result?.keys]));
    for (const host of HOSTS) expect(keys[host.name], host.name).toEqual(reference);
  });
});

describe('keyproof check in a TypeScript 7 project', () => {
  it("analyses with keyproof's own TypeScript 6.0 and passes the clean project, its keys frozen", () => {
    const { code, output } = outcome(CHECK_TS7, 'ok');
    expect(output).toContain('2 memoised methods planned');
    expect(code, output).toBe(0);
  });

  it('fails the typo with KP91001', () => {
    const { code, output } = outcome(CHECK_TS7, 'typo');
    expect(code).toBe(1);
    expect(output).toMatch(/renderer\.ts:\d+:\d+ - error KP91001/);
  });
});
