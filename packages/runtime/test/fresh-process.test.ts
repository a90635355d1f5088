import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { storesUnderTest, uniqueId } from './support/stores.js';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, 'fixtures', 'store-and-read.mjs');

beforeAll(() => {
  if (!existsSync(join(here, '..', 'dist', 'index.js')))
    throw new Error('packages/runtime/dist is missing: run `pnpm build` first');
});

function run(url: string, id: string) {
  return JSON.parse(execFileSync(process.execPath, [script, url, id], { encoding: 'utf8' }).trim().split('\n').pop()!);
}

const persistent = storesUnderTest().filter((s) => s.name !== 'memory');

it.each(persistent.map((s) => [s.name, s] as const))(
  'a second process hits what the first stored, types and bytes intact [%s]',
  (_name, store) => {
    const url =
      store.name === 'sqlite'
        ? `sqlite://${join(mkdtempSync(join(tmpdir(), 'keyproof-fresh-')), 'cache.sqlite')}`
        : store.url();
    const id = uniqueId('Photos.describe'); // shared servers outlive test runs: a fresh entry each time
    const first = run(url, id);
    const second = run(url, id);
    expect(first.upstreamCalls).toBe(1);
    expect(second.upstreamCalls).toBe(0);
    const { upstreamCalls: _a, ...fromUpstream } = first;
    const { upstreamCalls: _b, ...fromStore } = second;
    expect(fromStore).toEqual(fromUpstream);
    expect(fromStore).toEqual({
      pngIsBuffer: true,
      png: '89504e47000102',
      rawType: '[object Uint8Array]',
      raw: '00ff07',
      takenAt: '2026-11-22T10:00:00.123Z',
      labels: ['cat', 'sofa'],
      scores: [['cat', 0.97]],
      bytesSeen: '343n',
    });
  },
);
