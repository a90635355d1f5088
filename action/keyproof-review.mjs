#!/usr/bin/env node
// @ts-check
/**
 * The keyproof GitHub Action (action.yml): on a pull request, run `keyproof check --frozen` and
 * `keyproof review --base <the pull request's base>`, print the findings as annotations, and
 * post one comment (found again by its marker, updated in place on every push) with the
 * findings and the price. Inputs arrive as INPUT_* variables, the run's context as GITHUB_*.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { annotations } from './annotations.mjs';
import { githubRest } from './github-rest.mjs';
import { MARKER, reviewComment } from './review-comment.mjs';

/** An input as the runner passes it: INPUT_<NAME>, upper case, spaces as `_`. @param {string} name */
function input(name) {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** @param {string} name */
function env(name) {
  const value = process.env[name];
  if (!value)
    throw new Error(
      `${name} is not set: this script runs as a GitHub Action step (action.yml), where the runner sets it.`,
    );
  return value;
}

/** @param {string} name @param {string} value */
function setOutput(name, value) {
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

async function run() {
  const event = JSON.parse(readFileSync(env('GITHUB_EVENT_PATH'), 'utf8'));
  const pull = event.pull_request;
  if (!pull) {
    console.log(
      `::notice title=keyproof::not a pull request event (${process.env.GITHUB_EVENT_NAME ?? 'unknown'}): nothing to review or comment on.`,
    );
    return 0;
  }
  const workspace = env('GITHUB_WORKSPACE');
  const workdir = input('working-directory') || '.';
  const cwd = resolve(workspace, workdir);
  const inRepo = (/** @type {string} */ file) => posix.normalize(posix.join(workdir.split('\\').join('/'), file));
  const api = githubRest({
    apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    token: input('github-token') || env('GITHUB_TOKEN'),
    repository: env('GITHUB_REPOSITORY'),
  });
  const base = String(pull.base.sha);
  ensureCommit(cwd, base);

  const stats =
    input('stats') ||
    (input('stats-artifact')
      ? await downloadStats(
          api,
          input('stats-artifact'),
          input('stats-artifact-file') || 'keyproof-stats.json',
          pull.base.ref,
        )
      : '');
  const cli = (input('keyproof') || 'npx --no-install keyproof').split(/\s+/);
  const project = input('project') || 'tsconfig.json';
  const check = keyproof(cli, ['check', '-p', project, '--frozen', '--format', 'json'], cwd);
  const review = keyproof(
    cli,
    [
      'review',
      '-p',
      project,
      '--base',
      base,
      '--json',
      ...(stats ? ['--stats', resolve(cwd, stats)] : []),
      ...(input('max-respend') ? ['--max-respend', input('max-respend')] : []),
    ],
    cwd,
  );

  for (const line of annotations(check.report, review.report, inRepo)) console.log(line);
  const body = reviewComment({
    check: check.report,
    review: review.report,
    base,
    head: String(pull.head?.sha ?? process.env.GITHUB_SHA ?? ''),
  });
  const existing = (await api.listComments(pull.number)).find(
    (c) => typeof c.body === 'string' && c.body.startsWith(MARKER),
  );
  const comment = existing ? await api.updateComment(existing.id, body) : await api.createComment(pull.number, body);
  console.log(
    `keyproof: ${existing ? 'updated' : 'posted'} the review comment (${comment.id}) on pull request #${pull.number}.`,
  );
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${body}\n`);

  const failed = check.code !== 0 || review.code !== 0;
  setOutput('comment-id', String(comment.id));
  setOutput('respend', String(review.report.totals.respend));
  setOutput('failed', String(failed));
  return failed ? 1 : 0;
}

/**
 * Run the CLI with a JSON format; exit codes 0 and 1 are verdicts, anything else (2: usage; a
 * crash) stops the action with the CLI's own message.
 * @param {string[]} cli @param {string[]} args @param {string} cwd
 */
function keyproof(cli, args, cwd) {
  const [command, ...pre] = cli;
  const ran = spawnSync(/** @type {string} */ (command), [...pre, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (ran.stderr) process.stderr.write(ran.stderr);
  if ((ran.status !== 0 && ran.status !== 1) || ran.stdout.trim() === '') {
    throw new Error(
      `\`${[...cli, ...args].join(' ')}\` failed (exit ${ran.status ?? ran.signal}): ${ran.error?.message ?? ran.stderr.trim()}`,
    );
  }
  return { code: ran.status, report: JSON.parse(ran.stdout) };
}

/** The base commit must be in the clone (actions/checkout fetches one commit by default). @param {string} cwd @param {string} sha */
function ensureCommit(cwd, sha) {
  if (spawnSync('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd }).status === 0) return;
  execFileSync('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha], { cwd, stdio: 'inherit' });
}

/**
 * The snapshot from the newest artifact called `name` (a run on the base branch first), e.g.
 * uploaded by a scheduled job that runs `keyproof stats --snapshot` where the store is.
 * @param {ReturnType<typeof githubRest>} api @param {string} name @param {string} file @param {string | undefined} branch
 */
async function downloadStats(api, name, file, branch) {
  const artifact = await api.findArtifact(name, branch);
  if (!artifact)
    throw new Error(
      `no artifact called "${name}" (unexpired) in this repository. Fix: upload the output of \`keyproof stats --snapshot ${file}\` with actions/upload-artifact under that name, or pass the file as the \`stats\` input.`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'keyproof-stats-'));
  const zip = join(dir, 'artifact.zip');
  writeFileSync(zip, await api.download(artifact.archive_download_url));
  const out = join(dir, 'snapshot.json');
  writeFileSync(out, execFileSync('unzip', ['-p', zip, file], { maxBuffer: 64 * 1024 * 1024 }));
  return out;
}

run().then(
  (code) => process.exit(code),
  (error) => {
    console.log(
      `::error title=keyproof action::${String(error instanceof Error ? error.message : error)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')}`,
    );
    process.exit(1);
  },
);
