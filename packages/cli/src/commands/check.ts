import { parseArgs } from 'node:util';
import { dirname, relative } from 'node:path';
import { summaryLine } from '@keyproof/transformer';
import { analyseProjects } from '../analyse-projects.js';
import { resolveConfigPath } from '../load-project.js';
import { loadTypeScript } from '../load-typescript.js';
import type { Output } from '../output.js';
import { HELP, parseOrExplain } from '../parse-command-args.js';
import { USAGE } from '../usage.js';
import { storeEntries } from './keys.js';

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
  const frozen = values.frozen === true;
  const entriesOf = frozen ? await storeEntries(values.store, io) : undefined;
  const override = values['warnings-as-errors'] ? { warningsAsErrors: true } : {};
  const { diagnostics, planned, unconfigured, keys } = analyseProjects(ts, configPath, { override, frozen, ...(entriesOf !== undefined ? { entriesOf } : {}) });
  for (const path of unconfigured) {
    io.err(
      `note: ${path} has no { "transform": "@keyproof/transformer" } entry in compilerOptions.plugins, so tspc ` +
        `would not plan or check anything there; checked with default options.`,
    );
  }
  for (const { text } of diagnostics) io.out(text);
  if (diagnostics.length > 0) io.out(`\n${summaryLine(diagnostics.map((d) => d.diagnostic))}`);
  else io.out(`keyproof: ${planned} memoised ${planned === 1 ? 'method' : 'methods'} planned, no findings.`);
  if (frozen) {
    for (const verdict of keys) {
      const name = relative(process.cwd(), verdict.manifestPath) || verdict.manifestPath;
      io.out(verdict.errors > 0 ? `keyproof check --frozen: ${name} does not describe the program.` : `keyproof check --frozen: ${name} matches the program (${verdict.methods} memoised ${verdict.methods === 1 ? 'method' : 'methods'}).`);
    }
  }
  return diagnostics.some((d) => d.diagnostic.severity === 'error') ? 1 : 0;
}
