#!/usr/bin/env node
import * as path from 'node:path';
import { formatDiagnostic } from '../format-diagnostic';
import { planEmitted } from './plan-emitted';

/**
 * `keyproof-plan -p tsconfig.json`: run after `tsc` (TypeScript 7) to add keyproof's plans to
 * the emitted JavaScript. Exits 1 on any keyproof error (nothing is written then) or any file
 * it could not plan.
 */
function main(argv: readonly string[]): number {
  const at = Math.max(argv.indexOf('-p'), argv.indexOf('--project'));
  const given = at >= 0 ? argv[at + 1] : undefined;
  const config =
    given === undefined ? 'tsconfig.json' : given.endsWith('.json') ? given : path.join(given, 'tsconfig.json');
  const result = planEmitted(config);
  for (const d of result.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
  for (const problem of result.problems) process.stdout.write(`error: ${problem}\n`);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const from =
    result.typescript.from === 'keyproof'
      ? `keyproof's own TypeScript ${result.typescript.version} (the project has ${result.typescript.projectVersion ?? 'none'})`
      : `TypeScript ${result.typescript.version}`;
  if (errors > 0) {
    process.stdout.write(`keyproof-plan: ${errors} error(s); no plans written (analysed with ${from}).\n`);
    return 1;
  }
  const planned = [...result.written.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(
    `keyproof-plan: ${planned} plan(s) written into ${result.written.size} file(s) (analysed with ${from}).\n`,
  );
  return result.problems.length > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // a project that cannot be read is the user's to fix: say what, without a stack trace
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
