/**
 * `keyproof check --format json|sarif|github`, run as the built binary: SARIF validated against
 * the official SARIF 2.1.0 JSON schema (sarif-schema.ts), workflow commands checked line by line.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TOOLCHAINS } from '@keyproof/test-support';
import { workflowCommand } from '../src/workflow-command.js';
import { createKeysProject, editFile, keyproof, removeProject } from './keys-project.js';
import { runCli } from './run-cli.js';
import { sarifErrors } from './sarif-schema.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeProject));

interface SarifLog {
  version: string;
  runs: Array<{
    tool: {
      driver: {
        name: string;
        rules: Array<{
          id: string;
          name?: string;
          shortDescription: { text: string };
          defaultConfiguration: { level: string };
        }>;
      };
    };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations?: Array<{
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId: string };
          region?: { startLine: number; startColumn?: number };
        };
      }>;
    }>;
    originalUriBaseIds: Record<string, { uri: string }>;
  }>;
}

// each case runs the CLI as a child process (a TypeScript program each): minutes on a loaded machine
describe('keyproof check --format', { timeout: 180_000 }, () => {
  it('sarif: a SARIF 2.1.0 log that satisfies the official schema, one rule per code, results on their lines', async () => {
    const run = await runCli(['check', '-p', fixture('leaky-project'), '--format', 'sarif'], {
      cwd: fixture('leaky-project'),
    });
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(sarifErrors(log)).toEqual([]);
    const [only] = log.runs;
    expect(log.runs).toHaveLength(1);
    expect(only!.tool.driver.name).toBe('keyproof');
    expect(only!.tool.driver.rules.map((r) => [r.id, r.name, r.defaultConfiguration.level])).toEqual([
      ['KP91001', 'UnknownName', 'error'],
      ['KP91010', 'ExcludedInDefault', 'error'],
      ['KP91012', 'ExcludedAtCallSite', 'error'],
    ]);
    expect(only!.tool.driver.rules[0]!.shortDescription.text).toBe(
      '@excludeFromKey / @cacheKey names a parameter that does not exist',
    );
    const placed = only!.results.map((r) => [
      r.ruleId,
      only!.tool.driver.rules[r.ruleIndex]!.id,
      r.level,
      r.locations![0]!.physicalLocation.artifactLocation.uri,
      r.locations![0]!.physicalLocation.region!.startLine,
    ]);
    expect(placed).toEqual([
      ['KP91012', 'KP91012', 'error', 'renderer.ts', 5],
      ['KP91001', 'KP91001', 'error', 'renderer.ts', 11],
      ['KP91010', 'KP91010', 'error', 'renderer.ts', 14],
    ]);
    expect(only!.results[0]!.message.text).toMatch(
      /^This call passes the value it excludes as "traceId" into "locale"/,
    );
    expect(only!.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`file://${fixture('leaky-project')}/`);
  });

  it('the schema check is not vacuous: it names what a broken log gets wrong', () => {
    const broken = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { rules: [{ id: 'KP1' }, { id: 'KP1' }] } },
          results: [
            {
              level: 'fatal',
              ruleIndex: -2,
              message: {},
              locations: [{ physicalLocation: { region: { startLine: 0 } } }],
            },
          ],
        },
      ],
    };
    expect(sarifErrors(broken)).toEqual([
      "/runs/0/tool/driver: must have required property 'name'",
      '/runs/0/tool/driver/rules: must NOT have duplicate items (items ## 0 and 1 are identical)',
      '/runs/0/results/0/ruleIndex: must be >= -1',
      '/runs/0/results/0/level: must be equal to one of the allowed values ["none","note","warning","error"]',
      "/runs/0/results/0/message: must have required property 'text'",
      "/runs/0/results/0/message: must have required property 'id'",
      '/runs/0/results/0/message: must match a schema in anyOf',
      "/runs/0/results/0/locations/0/physicalLocation: must have required property 'address'",
      "/runs/0/results/0/locations/0/physicalLocation: must have required property 'artifactLocation'",
      '/runs/0/results/0/locations/0/physicalLocation: must match a schema in anyOf',
      '/runs/0/results/0/locations/0/physicalLocation/region/startLine: must be >= 1',
    ]);
    expect(sarifErrors({ version: '2.0.0', runs: [], extra: 1 })).toEqual([
      '/: must NOT have additional properties ("extra")',
      '/version: must be equal to one of the allowed values ["2.1.0"]',
    ]);
    // formats are checked too (ajv-formats): the log's $schema must be a URI, times RFC 3339
    const badFormats = {
      $schema: 'sarif 2.1.0',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'keyproof' } },
          invocations: [{ executionSuccessful: true, startTimeUtc: 'yesterday' }],
        },
      ],
    };
    expect(sarifErrors(badFormats)).toEqual([
      '/$schema: must match format "uri"',
      '/runs/0/invocations/0/startTimeUtc: must match format "date-time"',
    ]);
  });

  it('github: one workflow command per finding, line by line', async () => {
    const run = await runCli(['check', '-p', fixture('leaky-project'), '--format', 'github'], {
      cwd: fixture('leaky-project'),
    });
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^::error file=renderer\.ts,line=5,col=\d+,title=keyproof KP91012::KP91012: This call passes the value it excludes as "traceId" into "locale", .*$/,
    );
    expect(lines[1]).toMatch(
      /^::error file=renderer\.ts,line=11,col=\d+,title=keyproof KP91001::KP91001: @excludeFromKey cacheHint in Renderer\.render: .*$/,
    );
    expect(lines[2]).toMatch(
      /^::error file=renderer\.ts,line=14,col=\d+,title=keyproof KP91010::KP91010: The default value of key parameter "file" .*$/,
    );
    const warned = await runCli(['check', '-p', fixture('warning-project'), '--format', 'github'], {
      cwd: fixture('warning-project'),
    });
    expect(warned.code).toBe(0);
    expect(warned.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        /^::warning file=lookup\.ts,line=5,col=\d+,title=keyproof KP91050::KP91050: Parameter "requestId"/,
      ),
    ]);
  });

  it('github: messages and properties are escaped the way the runner reads them', () => {
    expect(workflowCommand('error', { file: 'a,b:c.ts', line: '3' }, '100% sure\nsecond line\r')).toBe(
      '::error file=a%2Cb%3Ac.ts,line=3::100%25 sure%0Asecond line%0D',
    );
  });

  it('json: every finding with code, severity, place and message, and the exit code', async () => {
    const run = await runCli(['check', '-p', fixture('leaky-project'), '--format', 'json'], {
      cwd: fixture('leaky-project'),
    });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      format: string;
      planned: number;
      findings: Array<Record<string, unknown>>;
      errors: number;
      warnings: number;
      exitCode: number;
    };
    expect(report).toMatchObject({ format: 'keyproof-check/1', frozen: false, errors: 3, warnings: 0, exitCode: 1 });
    expect(report.findings.map((f) => [f['code'], f['severity'], f['file'], f['line']])).toEqual([
      ['KP91012', 'error', 'renderer.ts', 5],
      ['KP91001', 'error', 'renderer.ts', 11],
      ['KP91010', 'error', 'renderer.ts', 14],
    ]);
    const viaJson = await runCli(['check', '-p', fixture('leaky-project'), '--json'], {
      cwd: fixture('leaky-project'),
    });
    expect(JSON.parse(viaJson.stdout)).toEqual(report); // --json is --format json
    const bad = await runCli(['check', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format takes text, json, sarif, github, got "xml"');
  });

  it('--frozen findings are in every format (a body change under the same version)', async () => {
    const dir = createKeysProject(TOOLCHAINS[0]!);
    dirs.push(dir);
    expect((await keyproof('keys', '-p', dir)).code).toBe(0);
    editFile(dir, 'prompt.ts', 'positive, negative or neutral', 'positive, negative, mixed or neutral');
    const sarif = await runCli(['check', '-p', dir, '--frozen', '--format', 'sarif'], { cwd: dir });
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout) as SarifLog;
    expect(sarifErrors(log)).toEqual([]);
    expect(
      log.runs[0]!.results.map((r) => [r.ruleId, r.locations?.[0]?.physicalLocation.artifactLocation.uri]),
    ).toContainEqual(['KP91071', 'src/classifier.ts']);
    const gh = await runCli(['check', '-p', dir, '--frozen', '--format', 'github'], { cwd: dir });
    expect(gh.stdout.trimEnd().split('\n')).toContainEqual(
      expect.stringMatching(
        /^::error file=src\/classifier\.ts,line=\d+,col=\d+,title=keyproof KP91071::KP91071: .*body changed/,
      ),
    );
  });
});
