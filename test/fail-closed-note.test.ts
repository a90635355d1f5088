/**
 * After a tspc build with keyproof errors and noEmitOnError, keyproof's note that the
 * JavaScript carries no key plans refers to "the errors above": it must come after them in
 * what the user reads (stdout and stderr in one terminal), under both compiler pairs.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { assertBuilt, createProject } from './support/project.js';
import { TOOLCHAINS } from './support/toolchains.js';

const SOURCE = `import { memoize } from 'keyproof';
export class Jobs {
  /** @excludeFromKey jobid unique per run */
  @memoize({ version: 'v1' })
  async render(jobId: string, name: string): Promise<string> {
    return name;
  }
}
`;

describe.each(TOOLCHAINS)('tspc with keyproof errors and noEmitOnError ($label)', (toolchain) => {
  it('prints the fail-closed note once, after the errors it refers to', () => {
    assertBuilt();
    const project = createProject('fail-closed-note', toolchain, 'tc39', { 'jobs.ts': SOURCE });
    const tsconfig = `${project.dir}/tsconfig.json`;
    spawnSync('node', [
      '-e',
      `const f=${JSON.stringify(tsconfig)};const c=JSON.parse(require('fs').readFileSync(f,'utf8'));c.compilerOptions.noEmitOnError=true;require('fs').writeFileSync(f,JSON.stringify(c))`,
    ]);
    // one pipe for both streams, as a terminal shows them
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${toolchain.tspc}" -p . 2>&1`], {
      cwd: project.dir,
      encoding: 'utf8',
      env: { ...process.env, ...toolchain.env },
    });
    expect(run.status).not.toBe(0);
    const error = run.stdout.indexOf('error TS91001');
    const note = run.stdout.indexOf(
      'keyproof: because of the keyproof error above, the emitted JavaScript carries no key plans',
    );
    expect(error, run.stdout).toBeGreaterThan(-1);
    expect(note, run.stdout).toBeGreaterThan(error);
    expect(run.stdout.match(/carries no key plans/g)).toHaveLength(1);
  });
});
