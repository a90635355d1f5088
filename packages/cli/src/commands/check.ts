import { parseArgs } from 'node:util';
import { dirname } from 'node:path';
import { analyseProjects } from '../analyse-projects.js';
import { summaryLine } from '../format-diagnostic.js';
import { loadAnalyser, loadTypeScript } from '../load-analyser.js';
import { resolveConfigPath } from '../load-project.js';
import type { Output } from '../output.js';
import { HELP, parseOrExplain } from '../parse-command-args.js';
import { USAGE } from '../usage.js';
import { checkFrozen } from './keys.js';

export async function checkCommand(argv: readonly string[], io: Output): Promise<number> {
  const { values } = parseOrExplain('check', () =>
    parseArgs({
      args: [...argv],
      options: { ...HELP, project: { type: 'string', short: 'p' }, 'warnings-as-errors': { type: 'boolean' }, frozen: { type: 'boolean' }, store: { type: 'string' } },
      strict: true,
    }),
  );
  if (values.help) {
    io.out(USAGE.check);
    return 0;
  }
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
  for (const { text } of diagnostics) io.out(text);
  if (diagnostics.length > 0) io.out(`\n${summaryLine(diagnostics.map((d) => d.diagnostic))}`);
  else io.out(`keyproof: ${planned} memoised ${planned === 1 ? 'method' : 'methods'} planned, no findings.`);
  const frozenErrors = values.frozen ? await checkFrozen(ts, analyser, configPath, values.store, io) : 0;
  return diagnostics.some((d) => d.diagnostic.severity === 'error') || frozenErrors > 0 ? 1 : 0;
}
