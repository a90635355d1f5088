import { parseArgs } from 'node:util';
import { dirname, relative } from 'node:path';
import { Diagnostics, summaryLine } from '@keyproof/transformer';
import { analyseProjects } from '../analyse-projects.js';
import { checkFinding } from '../check-finding.js';
import { usageError } from '../cli-error.js';
import { sarifLog, type RuleOf } from '../format-sarif.js';
import { resolveConfigPath } from '../load-project.js';
import { loadTypeScript } from '../load-typescript.js';
import type { Output } from '../output.js';
import { HELP, parseOrExplain } from '../parse-command-args.js';
import { USAGE } from '../usage.js';
import { workflowCommand } from '../workflow-command.js';
import { storeEntries } from './keys.js';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

export async function checkCommand(argv: readonly string[], io: Output): Promise<number> {
  const { values } = parseOrExplain('check', () =>
    parseArgs({
      args: [...argv],
      options: {
        ...HELP,
        project: { type: 'string', short: 'p' },
        'warnings-as-errors': { type: 'boolean' },
        frozen: { type: 'boolean' },
        store: { type: 'string' },
        format: { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
    }),
  );
  if (values.help) {
    io.out(USAGE.check);
    return 0;
  }
  if (values.json && values.format !== undefined && values.format !== 'json')
    throw usageError('check', `--json and --format ${values.format} ask for two formats: pass one.`);
  const format = (values.json ? 'json' : (values.format ?? 'text')) as Format;
  if (!FORMATS.includes(format))
    throw usageError('check', `--format takes ${FORMATS.join(', ')}, got ${JSON.stringify(values.format)}.`);
  const configPath = resolveConfigPath(values.project);
  const ts = loadTypeScript(dirname(configPath));
  const frozen = values.frozen === true;
  const entriesOf = frozen ? await storeEntries(values.store, io) : undefined;
  const override = values['warnings-as-errors'] ? { warningsAsErrors: true } : {};
  const { diagnostics, planned, unconfigured, keys } = analyseProjects(ts, configPath, {
    override,
    frozen,
    ...(entriesOf !== undefined ? { entriesOf } : {}),
  });
  for (const path of unconfigured) {
    io.err(
      `note: ${path} has no { "transform": "@keyproof/transformer" } entry in compilerOptions.plugins, so tspc ` +
        `would not plan or check anything there; checked with default options.`,
    );
  }
  const code = diagnostics.some((d) => d.diagnostic.severity === 'error') ? 1 : 0;
  if (format === 'text') {
    for (const { text } of diagnostics) io.out(text);
    if (diagnostics.length > 0) io.out(`\n${summaryLine(diagnostics.map((d) => d.diagnostic))}`);
    else io.out(`keyproof: ${planned} memoised ${planned === 1 ? 'method' : 'methods'} planned, no findings.`);
    if (frozen) {
      for (const verdict of keys) {
        const name = relative(process.cwd(), verdict.manifestPath) || verdict.manifestPath;
        io.out(
          verdict.errors > 0
            ? `keyproof check --frozen: ${name} does not describe the program.`
            : `keyproof check --frozen: ${name} matches the program (${verdict.methods} memoised ${verdict.methods === 1 ? 'method' : 'methods'}).`,
        );
      }
    }
    return code;
  }
  const findings = diagnostics.map((d) => checkFinding(d.diagnostic));
  if (format === 'json') {
    const errors = findings.filter((f) => f.severity === 'error').length;
    io.out(
      JSON.stringify(
        {
          format: 'keyproof-check/1',
          planned,
          frozen,
          findings,
          errors,
          warnings: findings.length - errors,
          exitCode: code,
        },
        null,
        2,
      ),
    );
  } else if (format === 'sarif') {
    io.out(JSON.stringify(sarifLog(findings, ruleOf), null, 2));
  } else {
    const lines = findings.map((f) =>
      workflowCommand(f.severity === 'error' ? 'error' : 'warning', location(f), `${f.code}: ${f.message}`),
    );
    if (lines.length > 0) io.out(lines.join('\n'));
  }
  return code;
}

function location(f: ReturnType<typeof checkFinding>): Record<string, string> {
  return {
    ...(f.file !== null ? { file: f.file } : {}),
    ...(f.line !== null ? { line: String(f.line) } : {}),
    ...(f.column !== null ? { col: String(f.column) } : {}),
    title: `keyproof ${f.code}`,
  };
}

/** KP91010 → its name and title in @keyproof/transformer's diagnostics table. */
const ruleOf: RuleOf = (id) => {
  const found = Object.entries(Diagnostics).find(([, d]) => `KP${d.code}` === id);
  return found ? { name: found[0], title: found[1].title } : undefined;
};
