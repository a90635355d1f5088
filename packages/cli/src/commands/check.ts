import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { analyseProjects } from '../analyse-projects.js';
import { checkFinding, type CheckFinding } from '../check-finding.js';
import { usageError } from '../cli-error.js';
import { formatDiagnostic, summaryLine } from '../format-diagnostic.js';
import { sarifLog, type RuleOf } from '../format-sarif.js';
import { loadAnalyser, loadTypeScript } from '../load-analyser.js';
import { resolveConfigPath } from '../load-project.js';
import type { Output } from '../output.js';
import { HELP, parseOrExplain } from '../parse-command-args.js';
import { USAGE } from '../usage.js';
import { workflowCommand } from '../workflow-command.js';
import { checkFrozen, type FrozenProject } from './keys.js';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

export async function checkCommand(argv: readonly string[], io: Output): Promise<number> {
  const { values } = parseOrExplain('check', () =>
    parseArgs({
      args: [...argv],
      options: { ...HELP, project: { type: 'string', short: 'p' }, 'warnings-as-errors': { type: 'boolean' }, frozen: { type: 'boolean' }, store: { type: 'string' }, format: { type: 'string' } },
      strict: true,
    }),
  );
  if (values.help) {
    io.out(USAGE.check);
    return 0;
  }
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw usageError('check', `--format takes ${FORMATS.join(', ')}, got ${JSON.stringify(values.format)}.`);
  const configPath = resolveConfigPath(values.project);
  const ts = loadTypeScript(dirname(configPath));
  const analyser = loadAnalyser();
  const override = values['warnings-as-errors'] ? { warningsAsErrors: true } : {};
  const { diagnostics, planned, unconfigured } = analyseProjects(ts, analyser, configPath, override);
  for (const path of unconfigured) {
    io.err(
      `note: ${path} has no { "transform": "@keyproof/transformer" } entry in compilerOptions.plugins, so tspc ` +
        `would not plan or check anything there; checked with default options.`,
    );
  }
  const frozen: FrozenProject[] = values.frozen ? await checkFrozen(ts, analyser, configPath, values.store, io) : [];
  const failed = diagnostics.some((d) => d.diagnostic.severity === 'error') || frozen.some((p) => p.diagnostics.some((d) => d.diagnostic.severity === 'error'));
  const code = failed ? 1 : 0;
  if (format === 'text') {
    for (const { text } of diagnostics) io.out(text);
    if (diagnostics.length > 0) io.out(`\n${summaryLine(diagnostics.map((d) => d.diagnostic))}`);
    // "no findings" only when --frozen found nothing either: never a clean verdict above an error
    else if (!frozen.some((p) => p.diagnostics.length > 0)) io.out(`keyproof: ${planned} memoised ${planned === 1 ? 'method' : 'methods'} planned, no findings.`);
    for (const project of frozen) {
      for (const { diagnostic, program } of project.diagnostics) io.out(formatDiagnostic(diagnostic, program));
      io.out(project.summary);
    }
    return code;
  }
  const findings: CheckFinding[] = [
    ...diagnostics.map((d) => checkFinding(d.diagnostic, d.program)),
    ...frozen.flatMap((p) => p.diagnostics.map((d) => checkFinding(d.diagnostic, d.program))),
  ];
  if (format === 'json') {
    const errors = findings.filter((f) => f.severity === 'error').length;
    io.out(JSON.stringify({ format: 'keyproof-check/1', planned, frozen: values.frozen === true, findings, errors, warnings: findings.length - errors, exitCode: code }, null, 2));
  } else if (format === 'sarif') {
    io.out(JSON.stringify(sarifLog(findings, ruleOf), null, 2));
  } else {
    const lines = findings.map((f) => workflowCommand(f.severity === 'error' ? 'error' : 'warning', location(f), `${f.code}: ${f.message}`));
    if (lines.length > 0) io.out(lines.join('\n'));
  }
  return code;
}

function location(f: CheckFinding): Record<string, string> {
  return {
    ...(f.file !== null ? { file: f.file } : {}),
    ...(f.line !== null ? { line: String(f.line) } : {}),
    ...(f.column !== null ? { col: String(f.column) } : {}),
    title: `keyproof ${f.code}`,
  };
}

const ownRequire = createRequire(import.meta.url);

/** KP91010 → its name and title in @keyproof/transformer's diagnostics table. */
const ruleOf: RuleOf = (id) => {
  const table = (ownRequire('@keyproof/transformer') as { Diagnostics?: Record<string, { code: number; title: string }> }).Diagnostics ?? {};
  const found = Object.entries(table).find(([, d]) => `KP${d.code}` === id);
  return found ? { name: found[0], title: found[1].title } : undefined;
};
