/**
 * The job-ID story, run on the TypeScript sources under Vitest: keyproof's Vite plugin plans
 * LogoService.generate as the sources are loaded (no tspc build), and keyproof/testing gives
 * every test its own empty store and counts the calls that reach the paid API.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countUpstream, expectDifferentKey, expectSameKey, keyOf, useTestStore } from 'keyproof/testing';
import { exampleTools } from '../../support/build-and-run.js';
import { startFakeImageApi, type FakeImageApi } from '../src/fake-image-api.js';
import { ImageApiClient } from '../src/image-api-client.js';
import type { LogoRequest } from '../src/logo-request.js';
import { LogoService } from '../src/logo-service.js';

const { EXAMPLE, run, tspc } = exampleTools(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'keyproof-logo-'));
let api: FakeImageApi;
let service: LogoService;

useTestStore({ beforeEach, afterEach });

const request = (overrides: Partial<LogoRequest> = {}): LogoRequest => ({
  mode: 'new',
  businessName: 'Acme Bakery',
  style: 'flat, friendly',
  colors: ['#1b5e20', '#aaff00'],
  sourceImage: SOURCE,
  ...overrides,
});
const SOURCE = new Uint8Array(randomBytes(4096));

beforeAll(async () => {
  api = await startFakeImageApi();
  service = new LogoService(new ImageApiClient(api.url), join(dir, 'jobs'));
});

afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('logo pipeline', () => {
  it('two job IDs, one upstream call', async () => {
    const paid = api.calls;
    expect(
      await countUpstream(
        () => service.generateForJob('job-4f2c81', request()),
        () => service.generateForJob('job-9b7d02', request()),
      ),
    ).toBe(1);
    expect(api.calls - paid).toBe(1); // and the fake API's own counter agrees
  });

  it('each job gets its own files, with the cached bytes intact', async () => {
    const first = await service.generateForJob('job-a', request());
    const second = await service.generateForJob('job-b', request());
    expect(first.imageFile).not.toBe(second.imageFile);
    const a = readFileSync(first.imageFile);
    const b = readFileSync(second.imageFile);
    expect(b.equals(a)).toBe(true); // the fake API never returns the same bytes twice: this is a hit
    expect(a.subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(JSON.parse(readFileSync(second.metadataFile, 'utf8'))).toMatchObject({ jobId: 'job-b' });
  });

  it('every test starts from an empty store: the same job misses again', async () => {
    expect(await countUpstream(() => service.generateForJob('job-4f2c81', request()))).toBe(1);
  });

  it('what shapes the logo is in the key: colours, style, mode and the source content each make a new call', async () => {
    await service.generateForJob('job-base', request());
    const changed = await countUpstream(
      () => service.generateForJob('job-colours', request({ colors: ['#000000', '#ffffff'] })),
      () => service.generateForJob('job-style', request({ style: 'serif, elegant' })),
      () => service.generateForJob('job-mode', request({ mode: 'refresh' })),
      () => service.generateForJob('job-new-source', request({ sourceImage: new Uint8Array(randomBytes(4096)) })),
    );
    expect(changed).toBe(4);
  });

  it('the key of the paid call: neither the job ID nor the source bytes (keyed by their hash) are in it', async () => {
    const paid = api.calls;
    const generate = service['generate'].bind(service) as (typeof service)['generate'];
    const args = ['job-1', 'new', 'Acme Bakery', 'flat', ['#fff'], 'hash-1', new Uint8Array([1, 2, 3])] as const;
    const key = await expectSameKey(generate, [...args], [
      'job-2',
      ...args.slice(1, 6),
      new Uint8Array([9, 9]),
    ] as never);
    expect(key).toMatch(/^keyproof:LogoService\.generate:gen-v3:[0-9a-f]{64}$/);
    await expectDifferentKey(generate, [...args], ['job-1', 'new', 'Acme Bakery', 'flat', ['#fff'], 'hash-2', args[6]]);
    expect(await keyOf(generate, ...args)).toBe(key);
    expect(api.calls).toBe(paid); // keys are probed without calling upstream
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
