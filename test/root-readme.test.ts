/**
 * The root README against what it describes: a "Getting started" of at most 40 lines at the
 * top, the contributors' two commands that `pnpm demo` / `pnpm test` and the fresh-clone tool
 * run, a diagnostics table with every code the transformer defines, and no relative link (in
 * the README or docs/) to a file that does not exist. The getting-started block itself is
 * executed in a fresh project by test/hosts/first-hour.test.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../packages/transformer/src/diagnostics';
import { ROOT } from './support/toolchains.js';

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const lines = README.split('\n');

/** The lines of the section under `## heading` (without the heading). */
function section(heading: RegExp): string[] {
  const start = lines.findIndex((l) => heading.test(l));
  expect(start, `README has no section ${heading}`).toBeGreaterThan(-1);
  let end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  if (end === -1) end = lines.length;
  while (end > start + 1 && lines[end - 1]!.trim() === '') end--; // the blank lines before the next heading
  return lines.slice(start + 1, end);
}

describe('the root README', () => {
  it('starts with "Getting started": the first section, at most 40 lines with its heading', () => {
    expect(lines.find((l) => l.startsWith('## '))).toBe('## Getting started');
    expect(section(/^## Getting started$/).length + 1).toBeLessThanOrEqual(40);
  });

  it("keeps the contributors' quick start: demo and full test, both root scripts", () => {
    const body = section(/^## +Quick start/).join('\n');
    const block = /```sh\n([\s\S]*?)```/.exec(body)![1]!.trim().split('\n');
    expect(block).toEqual([
      'npx -y pnpm@10 install && npx -y pnpm@10 demo',
      'npx -y pnpm@10 install && npx -y pnpm@10 test',
    ]);
    const scripts = (
      JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['demo', 'test']));
  });

  it('lists every diagnostic code the transformer defines, and no other', () => {
    const listed = new Set<number>();
    for (const row of section(/^## What the compiler checks$/).filter((l) => /^\| 910/.test(l))) {
      const cell = row.split('|')[1]!;
      for (const part of cell.split(',')) {
        const [from, to] = part.trim().split('–').map(Number);
        for (let code = from!; code <= (to ?? from!); code++) listed.add(code);
      }
    }
    const defined = Object.values(Diagnostics).map((d) => d.code);
    expect([...listed].filter((c) => !defined.includes(c))).toEqual([]);
    expect(defined.filter((c) => !listed.has(c))).toEqual([]);
  });

  it('links only to files that exist (README and docs/)', () => {
    const docs = fs.readdirSync(path.join(ROOT, 'docs')).map((f) => path.join(ROOT, 'docs', f));
    const broken: string[] = [];
    for (const file of [path.join(ROOT, 'README.md'), ...docs]) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(m[1]!)) continue;
        if (!fs.existsSync(path.resolve(path.dirname(file), m[1]!)))
          broken.push(`${path.relative(ROOT, file)} → ${m[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
