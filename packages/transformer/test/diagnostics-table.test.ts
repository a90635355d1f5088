/**
 * The README's diagnostics table is the code table: every code listed with its severity, and
 * "Raised in" naming exactly the files that raise it, each a `check-*.ts` (readers read facts;
 * only checks raise findings).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../src/diagnostics';

const SRC = path.resolve(__dirname, '../src');
const README = fs.readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');

interface Row {
  readonly severity: string;
  readonly raisedIn: readonly string[];
}

const rows = new Map<number, Row>();
for (const line of README.split('\n')) {
  const cells = /^\| (910\d\d) \|/.test(line) ? line.split(' | ').map((c) => c.replace(/^\| ?| ?\|$/g, '').trim()) : [];
  if (cells.length < 5) continue;
  const raisedIn = [...cells[cells.length - 1]!.matchAll(/`([^`]+\.ts)`/g)].map((m) => path.basename(m[1]!)).sort();
  rows.set(Number(cells[0]), { severity: cells[1]!, raisedIn });
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
}

const sources = sourceFiles(SRC)
  .filter((f) => path.basename(f) !== 'diagnostics.ts')
  .map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }));

/** The files that raise a kind: a finding of that kind (`'Kind'`) or its code (`Diagnostics.Kind`). */
function raisersOf(kind: string): string[] {
  return sources
    .filter((s) => s.text.includes(`'${kind}'`) || s.text.includes(`Diagnostics.${kind}.`))
    .map((s) => s.name)
    .sort();
}

describe('the diagnostics table', () => {
  it('lists every code of diagnostics.ts in the README, and no other', () => {
    expect([...rows.keys()].sort()).toEqual(
      Object.values(Diagnostics)
        .map((d) => d.code)
        .sort(),
    );
  });

  it.each(Object.entries(Diagnostics))('%s: README severity and "Raised in" match the code', (kind, entry) => {
    const row = rows.get(entry.code);
    expect(row?.severity.startsWith(entry.severity)).toBe(true);
    const raisers = raisersOf(kind);
    expect(raisers.length).toBeGreaterThan(0);
    expect(raisers.every((f) => f.startsWith('check-'))).toBe(true);
    expect(row?.raisedIn).toEqual(raisers);
  });
});
