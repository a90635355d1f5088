/**
 * A real editor end to end: Neovim's built-in LSP client (Debian's `neovim`, run headless)
 * starts keyproof-language-server, opens the job-ID story (an LLM service whose jobId is part
 * of the key), waits for the diagnostics it receives, applies the @excludeFromKey quick fix
 * and writes the buffer. The test reads what Neovim received and the file it wrote.
 * Skipped only when `nvim` is not installed (.ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { copyFixture, SERVER_BIN } from './fixture';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const installed = nvim.status === 0;

const name = `Neovim receives the job-ID warning, applies the quick fix, and the warning is gone${installed ? '' : ' (skipped: nvim is not installed; .ci/run installs it: apt-get install neovim)'}`;

it.skipIf(!installed)(
  name,
  () => {
    const dir = copyFixture('llm-service', 'nvim');
    const file = path.join(dir, 'src/summariser.ts');
    const out = path.join(dir, 'nvim-received.json');
    const run = spawnSync(
      'nvim',
      ['--headless', '-n', '-i', 'NONE', '--noplugin', '-u', path.join(__dirname, 'neovim/init.lua')],
      {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          KP_SERVER: SERVER_BIN,
          KP_ROOT: dir,
          KP_FILE: file,
          KP_OUT: out,
          KP_DEADLINE_MS: '120000',
        },
        timeout: 300_000,
      },
    );
    const received = JSON.parse(fs.readFileSync(out, 'utf8')) as {
      error?: string;
      opened: { code: number; message: string; range: { start: { line: number; character: number } } }[];
      fixes: string[];
      fixed: unknown[];
    };
    expect(received.error, `${run.stdout}\n${run.stderr}`).toBeUndefined();
    expect(run.status).toBe(0);
    expect(received.opened.map((d) => d.code)).toEqual([91050]);
    expect(received.opened[0]!.message).toContain(
      'Parameter "jobId" of Summariser.summarise is named like a per-call value',
    );
    expect(received.opened[0]!.range.start).toEqual({ line: 12, character: 18 });
    expect(received.fixes).toContain('Exclude "jobId" from the cache key (@excludeFromKey, reason to fill in)');
    expect(received.fixed).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).toContain(
      '   * Summarise a document for a queued job.\n   * @excludeFromKey jobId TODO: why it does not change the result\n   */\n  @memoize',
    );
    fs.rmSync(dir, { recursive: true, force: true });
  },
  320_000,
);
