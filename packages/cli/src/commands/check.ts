import { parseArgs } from 'node:util';
import { dirname } from 'node:path';
import { formatDiagnostic, summaryLine } from '../format-diagnostic.js';
import { loadAnalyser, loadTypeScript } from '../load-analyser.js';
import { loadProject, resolveConfigPath } from '../load-project.js';
import type { Output } from '../output.js';
import { HELP, parseOrExplain } from '../parse-command-args.js';
import { USAGE } from '../usage.js';

export async function checkCommand(argv: readonly string[], io: Output): Promise<number> {
  const { values } = parseOrExplain('check', () =>
    parseArgs({
      args: [...argv],
      options: { ...HELP, project: { type: 'string', short: 'p' }, 'warnings-as-errors': { type: 'boolean' } },
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
  const project = loadProject(ts, configPath);
  if (!project.pluginConfigured) {
    io.err(
      `note: ${configPath} has no { "transform": "@keyproof/transformer" } entry in compilerOptions.plugins, so tspc ` +
        `would not plan or check anything; checking with default options.`,
    );
  }
  const configured = analyser.readOptions(project.pluginConfig);
  const options = values['warnings-as-errors'] ? { ...configured, warningsAsErrors: true } : configured;
  const result = analyser.analyseProgram(project.program, ts, options);
  const diagnostics = [...result.diagnostics].sort(
    (a, b) => (a.fileName ?? '').localeCompare(b.fileName ?? '') || (a.start ?? 0) - (b.start ?? 0),
  );
  for (const d of diagnostics) io.out(formatDiagnostic(d, project.program));
  const planned = result.plans.length;
  if (diagnostics.length > 0) io.out(`\n${summaryLine(diagnostics)}`);
  else io.out(`keyproof: ${planned} memoised ${planned === 1 ? 'method' : 'methods'} planned, no findings.`);
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
