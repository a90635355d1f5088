/**
 * One truth about types: the value table lives in @keyproof/plan and both sides read it. This
 * test holds the build to it, type name by type name (91030 for keys, 91032 for results); the
 * runtime's test (packages/runtime/test/value-kinds.test.ts) holds the encoders to the same rows.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VALUE_TABLE } from '../src/analyse/value-table';
import { compileDir, TYPESCRIPTS } from './harness';

describe.each(TYPESCRIPTS)('$label: the build agrees with the value table', ({ ts }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyproof-value-table-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const rows = VALUE_TABLE.filter((r) => r.name !== 'PromiseLike' && r.name !== 'Promise'); // a Promise result is awaited, not stored
  const typeText = (name: string): string => {
    if (name === 'WeakMap') return 'WeakMap<object, number>';
    if (name === 'WeakSet' || name === 'WeakRef') return `${name}<object>`;
    if (name === 'ReadableStream' || name === 'WritableStream') return `${name}<Uint8Array>`;
    if (/Map$/.test(name)) return `${name}<string, number>`;
    if (/^(?:Readonly)?(?:Set|Array)$/.test(name)) return `${name}<number>`;
    return name;
  };
  const source = [
    "import type { Duplex, Readable, Stream, Transform, Writable } from 'node:stream';",
    "import { memoize } from 'keyproof';",
    'export class Table {',
    ...rows.flatMap((r, i) => [
      `  @memoize()`,
      `  async key${i}(value: ${typeText(r.name)}): Promise<string> { return String(value); }`,
      `  @memoize()`,
      `  async store${i}(n: number): Promise<${typeText(r.name)}> { return undefined as never; }`,
    ]),
    '}',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'input.ts'), source);
  const result = compileDir(ts, dir, {
    plugin: true,
    compilerOptions: {
      types: ['node'],
      typeRoots: [path.resolve(__dirname, '../../../node_modules/@types')],
      experimentalDecorators: true,
    },
  });
  const lineOf = (method: string): number => source.split('\n').findIndex((l) => l.includes(`async ${method}(`)) + 1;

  it('type-checks the probe', () => {
    expect(result.tsErrors.filter((e) => !/TS?2307|keyproof/.test(e))).toEqual([]);
  });
  it.each(rows.map((r, i) => [r.name, r, i] as const))('%s', (_name, row, i) => {
    const keyRefused = result.diagnostics.some((d) => d.code === 91030 && d.line === lineOf(`key${i}`));
    const storeRefused = result.diagnostics.some((d) => d.code === 91032 && d.line === lineOf(`store${i}`));
    expect({ key: keyRefused ? 'refused' : 'hashed', store: storeRefused ? 'refused' : 'round-trips' }).toEqual({
      key: row.key,
      store: row.store,
    });
  });
});
