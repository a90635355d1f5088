import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CheckFinding } from './check-finding.js';

/** A rule's description, from @keyproof/transformer's diagnostics table (absent for an unknown code). */
export type RuleOf = (code: string) => { readonly name: string; readonly title: string } | undefined;

/**
 * `keyproof check --format sarif`: a SARIF 2.1.0 log for code scanning. One run, tool
 * `keyproof`, one rule per code found (KP91010 …), results located relative to `%SRCROOT%`
 * (the working directory).
 */
export function sarifLog(findings: readonly CheckFinding[], ruleOf: RuleOf, cwd = process.cwd()): object {
  const codes = [...new Set(findings.map((f) => f.code))].sort();
  const rules = codes.map((id) => {
    const rule = ruleOf(id);
    const level = findings.find((f) => f.code === id)!.severity === 'error' ? 'error' : 'warning';
    return {
      id,
      ...(rule ? { name: rule.name } : {}),
      shortDescription: { text: rule?.title ?? id },
      defaultConfiguration: { level },
    };
  });
  const results = findings.map((f) => ({
    ruleId: f.code,
    ruleIndex: codes.indexOf(f.code),
    level: f.severity === 'error' ? 'error' : 'warning',
    message: { text: f.message },
    ...(f.file !== null
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                ...(f.line !== null
                  ? { region: { startLine: f.line, ...(f.column !== null ? { startColumn: f.column } : {}) } }
                  : {}),
              },
            },
          ],
        }
      : {}),
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'keyproof', version: cliVersion(), rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        results,
      },
    ],
  };
}

function cliVersion(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
