/**
 * The corpus: realistic service code (test/corpus/cases/<category>/), each case declaring in
 * its header whether the build must fail (and naming the parameter the error must name) or
 * must build clean. Every case is built with the plugin under both TypeScript pairs.
 *
 * A case whose expectation the analyser does not meet yet is listed in known-gaps.json with
 * what happens today; the test holds it to that, so a fix is noticed (and the entry removed).
 * The per-category table in test/corpus/README.md is checked against the results.
 *
 * KEYPROOF_CORPUS_UPDATE=1 rewrites known-gaps.json and the README table (from the first
 * TypeScript pair; a case that differs between the pairs is recorded per pair).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TYPESCRIPTS } from './harness';
import { buildCase } from './corpus/compile-case';
import { CASES, CASES_ROOT, readCases, type CorpusCase } from './corpus/read-case';
import {
  expectedOutcome,
  outcomeOf,
  tableMarkdown,
  tabulate,
  type CaseResult,
  type Outcome,
} from './corpus/score-case';

const UPDATE = process.env['KEYPROOF_CORPUS_UPDATE'] === '1';
const GAPS_FILE = path.resolve(__dirname, 'corpus/known-gaps.json');
const README = path.resolve(__dirname, 'corpus/README.md');
const START = '<!-- corpus-table:start -->';
const END = '<!-- corpus-table:end -->';

type Gaps = Record<string, Outcome | Record<string, Outcome>>;
const gaps = JSON.parse(fs.readFileSync(GAPS_FILE, 'utf8')) as Gaps;
const cases = readCases(CASES_ROOT);
/** Scoring a set kept elsewhere: report its outcomes, hold nothing to the project's gap list. */
const SCORING = CASES_ROOT !== CASES;
const results = new Map<string, Map<string, CaseResult>>(TYPESCRIPTS.map((t) => [t.label, new Map()]));

function recorded(id: string, label: string): Outcome | undefined {
  const gap = gaps[id];
  return typeof gap === 'string' ? gap : gap?.[label];
}

it.skipIf(SCORING)('has at least 60 cases, about half of them must-fail, in both decorator modes', () => {
  expect(cases.length).toBeGreaterThanOrEqual(60);
  const mustFail = cases.filter((c) => c.expected.length > 0).length;
  expect(mustFail).toBeGreaterThanOrEqual(cases.length * 0.35);
  expect(cases.length - mustFail).toBeGreaterThanOrEqual(cases.length * 0.35);
  expect(cases.filter((c) => c.decorators === 'legacy').length).toBeGreaterThanOrEqual(cases.length * 0.25);
  expect(cases.filter((c) => c.decorators === 'tc39').length).toBeGreaterThanOrEqual(cases.length * 0.25);
});

it.skipIf(SCORING)('lists only existing cases in known-gaps.json', () => {
  const ids = new Set(cases.map((c) => c.id));
  expect(Object.keys(gaps).filter((id) => !ids.has(id))).toEqual([]);
});

describe.each(TYPESCRIPTS)('$label', ({ ts, label }) => {
  it.each(cases.map((c) => [c.id, c] as [string, CorpusCase]))('%s', (_id, c) => {
    const build = buildCase(ts, c);
    const outcome = outcomeOf(c, build);
    results
      .get(label)!
      .set(c.id, { c, outcome, warnings: build.keyproof.filter((d) => d.severity === 'warning').length });
    if (SCORING && process.env['KEYPROOF_CORPUS_SHOW'] === '1')
      console.log(
        `${c.id}: ${outcome}\n${build.keyproof.map((d) => `  ${d.severity} KP${d.code} line ${d.line}: ${d.message}`).join('\n')}`,
      );
    if (UPDATE || SCORING) return;
    const gap = recorded(c.id, label);
    const detail = [
      ...build.keyproof.map((d) => `  ${d.severity} KP${d.code} line ${d.line}: ${d.message}`),
      ...build.typescript.map((t) => `  ${t}`),
    ].join('\n');
    if (gap !== undefined) {
      expect(
        outcome,
        `${c.id} is a known gap recorded as "${gap}" but now: "${outcome}" (expected by the case: "${expectedOutcome(c)}"). Update or remove its entry in known-gaps.json.\n${detail}`,
      ).toBe(gap);
    } else {
      expect(outcome, `${c.id} (${c.origin})\n${detail}`).toBe(expectedOutcome(c));
    }
  });
});

// Defined last, so it runs after both pairs (vitest runs a file's tests in order).
it('matches the per-category table and the gap list in test/corpus/README.md', () => {
  const [first] = TYPESCRIPTS;
  const firstResults = results.get(first!.label)!;
  if (firstResults.size !== cases.length) return; // a filtered run (-t): nothing to compare
  const table = tableMarkdown(tabulate(cases.map((c) => firstResults.get(c.id)!)));
  console.log(`\nkeyproof corpus (${first!.label}):\n${table}\n`);
  if (SCORING) {
    const misses = cases.map((c) => firstResults.get(c.id)!).filter((r) => r.outcome !== expectedOutcome(r.c));
    console.log(`not as expected (${misses.length}):\n${misses.map((r) => `  ${r.c.id}: ${r.outcome}`).join('\n')}`);
    return;
  }
  const current: Gaps = UPDATE ? {} : gaps;
  if (UPDATE) {
    for (const c of cases) {
      const perLabel = Object.fromEntries(TYPESCRIPTS.map((t) => [t.label, results.get(t.label)!.get(c.id)!.outcome]));
      const values = [...new Set(Object.values(perLabel))];
      if (values.length === 1 && values[0] === expectedOutcome(c)) continue;
      current[c.id] = values.length === 1 ? values[0]! : perLabel;
    }
    fs.writeFileSync(GAPS_FILE, `${JSON.stringify(current, null, 2)}\n`);
  }
  const gapRows = Object.entries(current).map(
    ([id, o]) =>
      `| \`${id}\` | ${
        typeof o === 'string'
          ? o
          : Object.entries(o)
              .map(([l, v]) => `${l}: ${v}`)
              .join('; ')
      } |`,
  );
  const section = [
    START,
    table,
    '',
    `Known gaps (${gapRows.length}), from known-gaps.json:`,
    '',
    '| case | today |',
    '| --- | --- |',
    ...gapRows,
    END,
  ].join('\n');
  const readme = fs.readFileSync(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  expect(start >= 0 && end > start, `${README} needs the markers ${START} … ${END}`).toBe(true);
  const updated = readme.slice(0, start) + section + readme.slice(end + END.length);
  if (UPDATE) fs.writeFileSync(README, updated);
  else
    expect(
      readme,
      'the corpus table in test/corpus/README.md is out of date: run KEYPROOF_CORPUS_UPDATE=1 npx vitest run packages/transformer/test/corpus.test.ts',
    ).toBe(updated);
});
