/**
 * One analyser, many hosts: the job-ID scenario (two job IDs, identical inputs: one upstream
 * call, the bytes intact) built or run by every host keyproof supports, from the real host
 * packages (test/hosts/deps, pinned, Node 20), and the same scenario with a typo'd exclusion
 * (`@excludeFromKey jobid`), which every host must refuse with KP91001. Every host must use the
 * same store keys, so processes built different ways share one cache.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../support/project.js';
import { ensureHostDeps } from './support/deps.js';
import { CHECK_TS7, HOSTS } from './support/host-list.js';
import { createHostProject, limited, runHost, type Host, type Outcome, type Variant } from './support/hosts.js';

const outcomes = new Map<string, Outcome>();
const started = Date.now();
const outcome = (host: Host, variant: Variant): Outcome => {
  const found = outcomes.get(`${host.name}/${variant}`);
  if (found === undefined) throw new Error(`${host.name} (${variant}) did not run`);
  return found;
};

beforeAll(async () => {
  assertBuilt();
  ensureHostDeps();
  const runs = [...HOSTS, CHECK_TS7].flatMap((host) =>
    (['ok', 'typo'] as const).map((variant) => async () => {
      outcomes.set(`${host.name}/${variant}`, await runHost(host, createHostProject(host, variant)));
    }),
  );
  await limited(2, runs); // two at a time: the CI machine has two cores
}, 600_000);

afterAll(() => {
  process.stdout.write(`host matrix: ${outcomes.size} runs in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
});

describe.each(HOSTS)('$name', (host) => {
  it('two job IDs, one upstream call, the bytes intact', () => {
    const { code, output, result } = outcome(host, 'ok');
    expect(code, output).toBe(0);
    expect(result, output).toMatchObject({ upstream: { render: 1, caption: 1 }, bytesIntact: true });
    expect(result!.keys).toHaveLength(2);
    // a host without a program says which checks it skipped; one with a program runs them all
    if (host.analysis === 'syntax') expect(output).toContain('KP91090');
    else expect(output).not.toContain('91090');
  });

  it("a typo'd exclusion fails with KP91001, naming the file and the fix", () => {
    const { code, output } = outcome(host, 'typo');
    expect(code).not.toBe(0);
    expect(output).toMatch(/(KP|TS)91001/);
    expect(output).toMatch(/renderer\.ts/);
    expect(output).toContain('Fix: write "jobId"');
  });
});

describe('the same key everywhere', () => {
  it('every host plans the same signatures and so uses the same store keys as tspc', () => {
    const reference = outcome(HOSTS[0]!, 'ok').result?.keys;
    expect(reference).toHaveLength(2);
    const keys = Object.fromEntries(HOSTS.map((host) => [host.name, outcome(host, 'ok').result?.keys]));
    for (const host of HOSTS) expect(keys[host.name], host.name).toEqual(reference);
  });
});

describe('keyproof check in a TypeScript 7 project', () => {
  it('analyses with keyproof\'s own TypeScript 6.0 and passes the clean project', () => {
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
