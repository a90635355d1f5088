import type { CaseBuild } from './compile-case';
import type { CorpusCase, ExpectedFinding } from './read-case';

/**
 * What a build of a case amounts to, in words stable enough to record in known-gaps.json:
 * - must-fail cases: `caught`, or `missed (build passes)`, or `missed (build fails with KP91040, TS2554)`;
 * - clean cases: `clean`, or `false errors (KP91012, KP91040)`, or `wrong key (lacks this.tenantId)`
 *   when the build passes but the key plan does not hold a field the case names.
 */
export type Outcome = string;

export function expectedOutcome(c: CorpusCase): Outcome {
  return c.expected.length === 0 ? 'clean' : 'caught';
}

export function outcomeOf(c: CorpusCase, build: CaseBuild): Outcome {
  const errors = build.keyproof.filter((d) => d.severity === 'error');
  const failures = [
    ...new Set([...errors.map((d) => `KP${d.code}`), ...build.typescript.map((t) => t.split(' ')[0]!)]),
  ].sort();
  if (c.expected.length === 0) {
    if (failures.length > 0) return `false errors (${failures.join(', ')})`;
    const lacking = c.keyFields.filter((k) => !build.planFields.includes(k));
    return lacking.length === 0 ? 'clean' : `wrong key (lacks ${lacking.join(', ')})`;
  }
  const caught = c.expected.every((e) => errors.some((d) => names(e, d.code, d.message)));
  if (caught) return 'caught';
  return failures.length === 0 ? 'missed (build passes)' : `missed (build fails with ${failures.join(', ')})`;
}

/** The diagnostic has one of the expected codes and names one of the expected parameters or fields. */
function names(e: ExpectedFinding, code: number, message: string): boolean {
  if (e.codes !== 'any' && !e.codes.includes(code)) return false;
  return e.names.some((name) => {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?:^|[^\\w$#])${escaped}(?:[^\\w$]|$)`).test(message);
  });
}

export interface CategoryRow {
  readonly category: string;
  readonly cases: number;
  readonly tc39: number;
  readonly legacy: number;
  readonly mustFail: number;
  readonly caught: number;
  readonly missed: number;
  readonly clean: number;
  readonly cleanPassed: number;
  readonly falseErrors: number;
  /** Clean cases that built clean but printed keyproof warnings (noise on stderr). */
  readonly cleanWarned: number;
  /** Clean cases that built without errors but whose key plan lacks a field the case names. */
  readonly wrongKey: number;
}

export interface CaseResult {
  readonly c: CorpusCase;
  readonly outcome: Outcome;
  readonly warnings: number;
}

export function tabulate(results: readonly CaseResult[]): CategoryRow[] {
  const rows = new Map<string, CategoryRow>();
  const add = (category: string, { c, outcome, warnings }: CaseResult): void => {
    const r = rows.get(category) ?? {
      category,
      cases: 0,
      tc39: 0,
      legacy: 0,
      mustFail: 0,
      caught: 0,
      missed: 0,
      clean: 0,
      cleanPassed: 0,
      falseErrors: 0,
      cleanWarned: 0,
      wrongKey: 0,
    };
    const fail = c.expected.length > 0;
    rows.set(category, {
      ...r,
      cases: r.cases + 1,
      tc39: r.tc39 + (c.decorators === 'tc39' ? 1 : 0),
      legacy: r.legacy + (c.decorators === 'legacy' ? 1 : 0),
      mustFail: r.mustFail + (fail ? 1 : 0),
      caught: r.caught + (fail && outcome === 'caught' ? 1 : 0),
      missed: r.missed + (fail && outcome !== 'caught' ? 1 : 0),
      clean: r.clean + (fail ? 0 : 1),
      cleanPassed: r.cleanPassed + (!fail && outcome === 'clean' ? 1 : 0),
      falseErrors: r.falseErrors + (!fail && outcome.startsWith('false errors') ? 1 : 0),
      wrongKey: r.wrongKey + (!fail && outcome.startsWith('wrong key') ? 1 : 0),
      cleanWarned: r.cleanWarned + (!fail && outcome === 'clean' && warnings > 0 ? 1 : 0),
    });
  };
  for (const result of results) {
    add(result.c.category, result);
    add('**all**', result);
  }
  return [...rows.values()].sort((a, b) =>
    a.category === '**all**' ? 1 : b.category === '**all**' ? -1 : a.category.localeCompare(b.category),
  );
}

export function tableMarkdown(rows: readonly CategoryRow[]): string {
  const lines = [
    '| category | cases | TC39 / legacy | must fail | caught | missed | clean | built clean | false errors | key lacks a field | built clean with warnings |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.category} | ${r.cases} | ${r.tc39} / ${r.legacy} | ${r.mustFail} | ${r.caught} | ${r.missed} | ${r.clean} | ${r.cleanPassed} | ${r.falseErrors} | ${r.wrongKey} | ${r.cleanWarned} |`,
    ),
  ];
  return lines.join('\n');
}
