import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleTools } from '../../support/build-and-run.js';

const { EXAMPLE, run, tspc } = exampleTools(new URL('..', import.meta.url));

interface FakeImageApi {
  readonly url: string;
  readonly calls: number;
  close(): Promise<void>;
}
interface JobOutput {
  jobId: string;
  imageFile: string;
  metadataFile: string;
  imageHash: string;
}

const dir = mkdtempSync(join(tmpdir(), 'keyproof-logo-'));
const env = { KEYPROOF_STORE: `sqlite://${join(dir, 'cache.sqlite')}` };
const source = join(dir, 'source.png');
let api: FakeImageApi;

/** Run jobs in a fresh process of the built example (the store is shared through SQLite). */
async function runJobs(jobIds: string[], extra: string[] = []): Promise<JobOutput[]> {
  const result = await run([join(EXAMPLE, 'dist/run-jobs.js'), '--api', api.url, '--source', source, '--jobs-dir', join(dir, 'jobs'), ...extra, ...jobIds], env);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { jobs: JobOutput[] }).jobs;
}

beforeAll(async () => {
  const build = await tspc(join(EXAMPLE, 'tsconfig.json'));
  expect(build.stdout + build.stderr).toBe('');
  expect(build.code).toBe(0);
  const mod = (await import(join(EXAMPLE, 'dist/fake-image-api.js'))) as { startFakeImageApi(): Promise<FakeImageApi> };
  api = await mod.startFakeImageApi();
  writeFileSync(source, randomBytes(4096));
});

afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('logo pipeline', () => {
  it('two jobs with different job IDs and identical inputs make one upstream call, and each job gets its own file', async () => {
    const [first] = await runJobs(['job-4f2c81']);
    const [second] = await runJobs(['job-9b7d02']);
    expect(api.calls).toBe(1); // counted at the fake API's server
    expect(first!.imageFile).not.toBe(second!.imageFile);
    const a = readFileSync(first!.imageFile);
    const b = readFileSync(second!.imageFile);
    expect(b.equals(a)).toBe(true); // the cached bytes come back byte-identical
    expect(a.subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(JSON.parse(readFileSync(second!.metadataFile, 'utf8'))).toMatchObject({ jobId: 'job-9b7d02' });
  });

  it('the fake API never returns the same bytes twice, so identical files prove a cache hit', async () => {
    const before = api.calls;
    const [other] = await runJobs(['job-other'], ['--name', 'Other Bakery']);
    expect(api.calls).toBe(before + 1);
    const [cached] = await runJobs(['job-4f2c81-retry']);
    expect(api.calls).toBe(before + 1);
    expect(other!.imageHash).not.toBe(cached!.imageHash);
  });

  it('what shapes the logo is in the key: colours, style, mode and the source content each make a new call', async () => {
    const before = api.calls;
    await runJobs(['job-colours'], ['--colors', '#000000,#ffffff']);
    await runJobs(['job-style'], ['--style', 'serif, elegant']);
    await runJobs(['job-mode'], ['--mode', 'refresh']);
    writeFileSync(source, randomBytes(4096));
    await runJobs(['job-new-source']);
    expect(api.calls).toBe(before + 4);
  });

  it('the build rejects the wrong variant, where the excluded job ID still reaches the key', async () => {
    const build = await tspc(join(EXAMPLE, 'tsconfig.wrong.json'));
    expect(build.code).not.toBe(0);
    expect(build.stdout).toMatch(/wrong\/logo-service-wrong\.ts\(\d+,\d+\): error TS91012: .*"jobId".*"style"/);
    expect(build.stdout).toMatch(/wrong\/logo-service-wrong\.ts\(\d+,\d+\): error TS91010: .*"outputName".*"jobId"/);
  });

  it('keyproof check (no emit: the CI and TypeScript 7 path) agrees with the build', async () => {
    const cli = join(EXAMPLE, '../../packages/cli/dist/bin.js');
    const clean = await run([cli, 'check', '-p', join(EXAMPLE, 'tsconfig.json')]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('1 memoised method planned, no findings');
    const wrong = await run([cli, 'check', '-p', join(EXAMPLE, 'tsconfig.wrong.json')]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/^wrong\/logo-service-wrong\.ts:\d+:\d+ - error KP91012: /m);
    expect(wrong.stdout).toMatch(/^wrong\/logo-service-wrong\.ts:\d+:\d+ - error KP91010: /m);
  });
});
