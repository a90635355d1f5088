import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleTools } from '../../support/build-and-run.js';

const { EXAMPLE, run, tspc } = exampleTools(new URL('..', import.meta.url));

interface Usage {
  calls: { describe: number; classify: number };
  byModel: Record<string, number>;
}
interface FakeVisionApi {
  readonly url: string;
  usage(): Usage;
  close(): Promise<void>;
}
interface Label {
  text: string;
  label: string;
  confidence: number;
  model: string;
}

const dir = mkdtempSync(join(tmpdir(), 'keyproof-content-'));
const storeFile = join(dir, 'cache.sqlite');
const env = { KEYPROOF_STORE: `sqlite://${storeFile}` };
let api: FakeVisionApi;

async function example(args: string[]): Promise<string> {
  const result = await run([join(EXAMPLE, 'dist/run.js'), ...args], env);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

async function classify(model: string, ...texts: string[]): Promise<Label[]> {
  return (JSON.parse(await example(['classify', '--api', api.url, '--model', model, ...texts])) as { labels: Label[] }).labels;
}

function photo(name: string): string {
  const file = join(dir, name);
  writeFileSync(file, randomBytes(8192));
  return file;
}

beforeAll(async () => {
  const build = await tspc(join(EXAMPLE, 'tsconfig.json'));
  expect(build.stdout + build.stderr).toBe('');
  expect(build.code).toBe(0);
  const mod = (await import(join(EXAMPLE, 'dist/fake-vision-api.js'))) as { startFakeVisionApi(): Promise<FakeVisionApi> };
  api = await mod.startFakeVisionApi();
});

afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('content cache', () => {
  it('ten users uploading the same photo cost one call: the key is the bytes', async () => {
    const stock = photo('stock.jpg');
    const out = JSON.parse(await example(['photos', '--api', api.url, '--photo', stock, '--users', '10'])) as {
      uploads: Array<{ userId: string; fileName: string; description: { caption: string } }>;
    };
    expect(api.usage().calls.describe).toBe(1); // counted at the fake API's server
    expect(out.uploads).toHaveLength(10);
    expect(new Set(out.uploads.map((u) => u.userId)).size).toBe(10);
    expect(new Set(out.uploads.map((u) => JSON.stringify(u.description))).size).toBe(1);
    // another process, the same bytes: still no call
    await example(['photos', '--api', api.url, '--photo', stock, '--users', '3']);
    expect(api.usage().calls.describe).toBe(1);
  });

  it('different bytes under the same file names are a different key', async () => {
    await example(['photos', '--api', api.url, '--photo', photo('other.jpg'), '--users', '2']);
    expect(api.usage().calls.describe).toBe(2);
  });

  it('text is keyed on its normalised form', async () => {
    const before = api.usage().calls.classify;
    const labels = await classify('clf-2024-06', 'My order arrived LATE', '  my order   arrived late ', 'my order arrived late');
    expect(api.usage().calls.classify).toBe(before + 1);
    expect(new Set(labels.map((l) => `${l.label}/${l.confidence}`)).size).toBe(1);
    await classify('clf-2024-06', 'My order arrived late, again');
    expect(api.usage().calls.classify).toBe(before + 2);
  });

  it('two model versions keep separate entries side by side', async () => {
    const before = api.usage();
    const [v2] = await classify('clf-2025-01', 'My order arrived LATE');
    const [v1] = await classify('clf-2024-06', 'My order arrived LATE');
    const after = api.usage();
    expect(after.byModel['classify clf-2025-01']).toBe((before.byModel['classify clf-2025-01'] ?? 0) + 1);
    expect(after.byModel['classify clf-2024-06']).toBe(before.byModel['classify clf-2024-06']); // the old model's entry is still there
    expect(v2!.confidence).not.toBe(v1!.confidence);
    expect(v2!.model).toBe('clf-2025-01');
    await classify('clf-2025-01', 'my order arrived late');
    expect(api.usage().calls.classify).toBe(after.calls.classify);
  });

  it('the savings report sums what the store recorded across processes', async () => {
    const report = await example(['report']);
    // photos: 10 + 3 + 2 calls, 2 paid → 13 hits × 0.01
    expect(report).toMatch(/PhotoDescriber\.describe\s+15 calls\s+13 hits\s+2 paid calls\s+saved 0\.130/);
    // text: 3 + 1 + 1 + 1 + 1 calls, 3 paid → 4 hits × 0.002
    expect(report).toMatch(/TextClassifier\.classify\s+7 calls\s+4 hits\s+3 paid calls\s+saved 0\.008/);
  });

  it('keyproof stats reads the same SQLite file: one entry per photo, one per (normalised text, model)', async () => {
    const cli = join(EXAMPLE, '../../packages/cli/dist/bin.js');
    const result = await run([cli, 'stats', '--json', '--store', storeFile]);
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout) as { methods: Array<{ id: string; entries: number; upstreamCalls: number; avoided: number }> };
    expect(stats.methods.find((m) => m.id === 'PhotoDescriber.describe')).toMatchObject({ entries: 2, upstreamCalls: 2, avoided: 13 });
    expect(stats.methods.find((m) => m.id === 'TextClassifier.classify')).toMatchObject({ entries: 3, upstreamCalls: 3, avoided: 4 });
  });
});
