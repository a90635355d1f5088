/**
 * The GitHub Action (action.yml → action/keyproof-review.mjs) run as the runner runs it: `node`
 * on its main script with the GITHUB_* environment of a pull_request event and the INPUT_*
 * variables of its inputs, against a local server on 127.0.0.1 that implements the REST
 * endpoints it uses (issue comments: list with Link pagination, create, update; artifacts:
 * list, download by redirect). Two pushes leave one comment, updated in place.
 */
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TOOLCHAINS } from '@keyproof/test-support';
import { createKeysProject, editFile, git, keyproof, removeProject } from './keys-project.js';

const ACTION = path.join(ROOT, 'action/keyproof-review.mjs');
const CLI = path.join(ROOT, 'packages/cli/dist/bin.js');
const TOKEN = 'ghs_test-token';
const MARKER = '<!-- keyproof-review: one comment per pull request, updated in place -->';

interface Comment {
  id: number;
  body: string;
  user: { login: string };
}

/** The slice of the GitHub REST API the action uses, kept in memory; pages of 2 so that the Link header is followed. */
class FakeGitHub {
  readonly comments: Comment[] = [
    { id: 1, body: 'Looks good to me.', user: { login: 'alice' } },
    { id: 2, body: 'keyproof: I ran the review by hand, see below.', user: { login: 'bob' } },
    { id: 3, body: 'ci: all green', user: { login: 'ci-bot' } },
  ];
  readonly requests: string[] = [];
  readonly blobs = new Map<string, Buffer>();
  private nextId = 100;
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer(
      (req, res) => void this.handle(req, res).catch((e: unknown) => this.send(res, 500, { message: String(e) })),
    );
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url!, this.url);
    this.requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (url.pathname.startsWith('/blobs/')) {
      const blob = this.blobs.get(url.pathname);
      return blob
        ? void res.writeHead(200, { 'content-type': 'application/zip' }).end(blob)
        : this.send(res, 404, { message: 'Not Found' });
    }
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return this.send(res, 401, { message: 'Bad credentials' });
    const comments = /^\/repos\/acme\/shop\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (comments) {
      if (comments[1] !== '7') return this.send(res, 404, { message: 'Not Found' });
      if (req.method === 'GET') {
        const page = Number(url.searchParams.get('page') ?? '1');
        const size = Math.min(Number(url.searchParams.get('per_page') ?? '30'), 2);
        const slice = this.comments.slice((page - 1) * size, page * size);
        const next: Record<string, string> =
          page * size < this.comments.length
            ? { link: `<${this.url}${url.pathname}?per_page=${size}&page=${page + 1}>; rel="next"` }
            : {};
        return this.send(res, 200, slice, next);
      }
      if (req.method === 'POST') {
        const { body } = (await json(req)) as { body: string };
        const comment = { id: this.nextId++, body, user: { login: 'github-actions[bot]' } };
        this.comments.push(comment);
        return this.send(res, 201, comment);
      }
    }
    const edit = /^\/repos\/acme\/shop\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (edit && req.method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(edit[1]));
      if (!comment) return this.send(res, 404, { message: 'Not Found' });
      comment.body = ((await json(req)) as { body: string }).body;
      return this.send(res, 200, comment);
    }
    if (url.pathname === '/repos/acme/shop/actions/artifacts' && req.method === 'GET') {
      const name = url.searchParams.get('name');
      const artifacts = [
        {
          id: 11,
          name: 'keyproof-stats',
          expired: false,
          archive_download_url: `${this.url}/repos/acme/shop/actions/artifacts/11/zip`,
          workflow_run: { head_branch: 'feature/other' },
        },
        {
          id: 10,
          name: 'keyproof-stats',
          expired: false,
          archive_download_url: `${this.url}/repos/acme/shop/actions/artifacts/10/zip`,
          workflow_run: { head_branch: 'main' },
        },
      ].filter((a) => a.name === name);
      return this.send(res, 200, { total_count: artifacts.length, artifacts });
    }
    const zip = /^\/repos\/acme\/shop\/actions\/artifacts\/(\d+)\/zip$/.exec(url.pathname);
    if (zip) {
      return void res.writeHead(302, { location: `${this.url}/blobs/${zip[1]}.zip` }).end();
    }
    return this.send(res, 404, { message: `no route ${req.method} ${url.pathname}` });
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  }
}

function json(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
}

let dir: string;
let github: FakeGitHub;
let baseSha: string;

/** One run of the action's step, with the environment a runner sets for a pull_request event. */
function runAction(inputs: Record<string, string>): Promise<ActionRun> {
  const head = git(dir, 'rev-parse', 'HEAD').trim();
  const event = path.join(dir, '..', `${path.basename(dir)}-event.json`);
  const output = path.join(dir, '..', `${path.basename(dir)}-output`);
  fs.writeFileSync(
    event,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: { number: 7, base: { sha: baseSha, ref: 'main' }, head: { sha: head, ref: 'feature/logo-v4' } },
    }),
  );
  fs.writeFileSync(output, '');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_WORKSPACE: dir,
    GITHUB_SHA: head,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: output,
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_WORKING-DIRECTORY': '.',
    INPUT_PROJECT: 'tsconfig.json',
    INPUT_KEYPROOF: `${process.execPath} ${CLI}`,
    'INPUT_STATS-ARTIFACT-FILE': 'keyproof-stats.json',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  delete env.KEYPROOF_STORE;
  return new Promise((resolve) => {
    execFile(process.execPath, [ACTION], { cwd: dir, env }, (error, stdout, stderr) => {
      const outputs = Object.fromEntries(
        fs
          .readFileSync(output, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr, outputs });
    });
  });
}

/**
 * A snapshot as a scheduled job next to production would upload it (`keyproof stats --snapshot`,
 * format keyproof-stats/1): 1,200 calls over 10 days, 400 entries of gen-v3, 150 hit again.
 */
const SNAPSHOT = {
  format: 'keyproof-stats/1',
  takenAt: '2026-12-01T00:00:00Z',
  methods: [
    {
      id: 'LogoService.generate',
      version: 'gen-v3',
      cost: 0.04,
      ttlMs: 2_592_000_000,
      calls: 1200,
      hits: 800,
      misses: 400,
      shared: 0,
      upstreamCalls: 400,
      saved: 32,
      firstUse: '2026-11-21T00:00:00Z',
      lastUse: '2026-12-01T00:00:00Z',
      versions: [
        {
          version: 'gen-v3',
          entries: 400,
          askedAgain: 150,
          hits: 800,
          hitCounts: [
            { hits: '0', entries: 250 },
            { hits: '4-7', entries: 150 },
          ],
          firstUse: '2026-11-21T00:00:00Z',
          lastUse: '2026-12-01T00:00:00Z',
        },
      ],
    },
  ],
};

beforeAll(async () => {
  dir = createKeysProject(TOOLCHAINS[0]!, {}, path.join(ROOT, 'examples/logo-pipeline/src'));
  expect((await keyproof('keys', '-p', dir)).code).toBe(0);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'main: logo pipeline');
  baseSha = git(dir, 'rev-parse', 'HEAD').trim();
  fs.writeFileSync(path.join(dir, 'keyproof-stats.json'), JSON.stringify(SNAPSHOT, null, 2));
  // the artifact from main holds the snapshot; the one from another branch holds something else
  const zipDir = fs.mkdtempSync(path.join(dir, '..', 'zip-'));
  fs.writeFileSync(path.join(zipDir, 'keyproof-stats.json'), JSON.stringify(SNAPSHOT));
  execFileSync('zip', ['-qj', path.join(zipDir, 'main.zip'), path.join(zipDir, 'keyproof-stats.json')]);
  fs.writeFileSync(path.join(zipDir, 'keyproof-stats.json'), '{"format":"not a snapshot"}');
  execFileSync('zip', ['-qj', path.join(zipDir, 'other.zip'), path.join(zipDir, 'keyproof-stats.json')]);
  github = new FakeGitHub();
  github.blobs.set('/blobs/10.zip', fs.readFileSync(path.join(zipDir, 'main.zip')));
  github.blobs.set('/blobs/11.zip', fs.readFileSync(path.join(zipDir, 'other.zip')));
  fs.rmSync(zipDir, { recursive: true });
  await github.start();
}, 120_000);

afterAll(async () => {
  await github?.close();
  if (dir) {
    for (const f of [`${path.basename(dir)}-event.json`, `${path.basename(dir)}-output`])
      fs.rmSync(path.join(dir, '..', f), { force: true });
    removeProject(dir);
  }
});

// each run analyses the project twice (check, review) in child processes: minutes on a loaded machine
describe('the keyproof GitHub Action', { timeout: 240_000 }, () => {
  it('action.yml runs this script on a pinned Node and declares every input it reads', () => {
    const yml = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    expect(yml).toMatch(/^runs:\n {2}using: node24\n {2}main: action\/keyproof-review\.mjs\n/m);
    const declared = [
      ...yml.slice(yml.indexOf('\ninputs:\n'), yml.indexOf('\noutputs:\n')).matchAll(/^ {2}([a-z-]+):$/gm),
    ].map((m) => m[1]);
    const read = [...fs.readFileSync(ACTION, 'utf8').matchAll(/\binput\('([a-z-]+)'\)/g)].map((m) => m[1]);
    expect(new Set(read)).toEqual(new Set(declared));
    const outputs = [
      ...yml.slice(yml.indexOf('\noutputs:\n'), yml.indexOf('\nruns:\n')).matchAll(/^ {2}([a-z-]+):$/gm),
    ].map((m) => m[1]);
    const written = [...fs.readFileSync(ACTION, 'utf8').matchAll(/\bsetOutput\('([a-z-]+)'/g)].map((m) => m[1]);
    expect(new Set(written)).toEqual(new Set(outputs));
  });

  it('first push (new prompt, version bumped and recorded): one comment with the price, warnings on the line, passes', async () => {
    editFile(dir, 'logo-prompt.ts', 'Flat vector, plain background', 'Flat vector, white background');
    editFile(dir, 'logo-service.ts', "version: 'gen-v3'", "version: 'gen-v4'");
    expect((await keyproof('keys', '-p', dir)).code).toBe(0);
    git(dir, 'commit', '-qam', 'logo prompt v4');

    const run = await runAction({ stats: 'keyproof-stats.json', 'max-respend': '10' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const mine = github.comments.filter((c) => c.body.startsWith(MARKER));
    expect(github.comments).toHaveLength(4);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toContain('**`keyproof check --frozen`**: passed');
    expect(mine[0]!.body).toContain(
      '| `LogoService.generate` | version bumped | 400 | 150 | 6.00 | ≥ 1.3 d at 120 calls/day |',
    );
    expect(mine[0]!.body).toContain(
      'Total: 400 entries orphaned, 150 of them asked for again: expected re-spend **6.00**.',
    );
    expect(mine[0]!.body).toContain(`against the base \`${baseSha.slice(0, 12)}\``);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::'))).toEqual([
      '::warning file=src/logo-service.ts,line=49,title=keyproof%3A version::LogoService.generate: version `gen-v3` → `gen-v4` — every existing entry (400 in the last `keyproof stats`) is orphaned on deploy, as intended when the answers change. Expected re-spend 6 (150 of 400 entries asked for again × cost 0.04).',
    ]);
    expect(run.outputs).toEqual({ 'comment-id': String(mine[0]!.id), respend: '6', failed: 'false' });
    // the list was read page by page (2 a page here), then one comment created
    expect(github.requests).toEqual([
      'GET /repos/acme/shop/issues/7/comments?per_page=100',
      'GET /repos/acme/shop/issues/7/comments?per_page=2&page=2',
      'POST /repos/acme/shop/issues/7/comments',
    ]);
  });

  it('second push (stats from the base branch artifact, a tighter budget): the same comment updated in place, and the action fails', async () => {
    github.requests.length = 0;
    fs.appendFileSync(path.join(dir, 'README.md'), 'budget tightened\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'second push');
    const first = github.comments.find((c) => c.body.startsWith(MARKER))!;
    const before = first.body;

    const run = await runAction({ 'stats-artifact': 'keyproof-stats', 'max-respend': '5' });
    expect(run.code).toBe(1);
    expect(github.comments).toHaveLength(4);
    expect(github.comments.filter((c) => c.body.startsWith(MARKER))).toEqual([first]);
    expect(first.body).not.toBe(before);
    expect(first.body).toContain('**1 method fails the review:**');
    expect(first.body).toContain('LogoService.generate: expected re-spend 6 exceeds --max-respend 5');
    expect(first.body).toContain('budget 5.00 per change');
    expect(github.requests).toEqual([
      'GET /repos/acme/shop/actions/artifacts?name=keyproof-stats&per_page=100',
      'GET /repos/acme/shop/actions/artifacts/10/zip',
      'GET /blobs/10.zip',
      'GET /repos/acme/shop/issues/7/comments?per_page=100',
      'GET /repos/acme/shop/issues/7/comments?per_page=2&page=2',
      `PATCH /repos/acme/shop/issues/comments/${first.id}`,
    ]);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toEqual([
      expect.stringMatching(
        /^::error file=src\/logo-service\.ts,line=49,title=keyproof%3A over the re-spend budget::LogoService\.generate: expected re-spend 6 exceeds --max-respend 5: 150 of the 400 entries/,
      ),
    ]);
    expect(run.outputs).toMatchObject({ 'comment-id': String(first.id), failed: 'true' });
  });

  it('third push (prompt changed again under the recorded gen-v4): the frozen check fails, one annotation for it, still one comment', async () => {
    editFile(dir, 'logo-prompt.ts', 'white background', 'transparent background');
    git(dir, 'commit', '-qam', 'prompt tweak');
    const run = await runAction({ stats: 'keyproof-stats.json' });
    expect(run.code).toBe(1);
    expect(github.comments.filter((c) => c.body.startsWith(MARKER))).toHaveLength(1);
    const body = github.comments.find((c) => c.body.startsWith(MARKER))!.body;
    expect(body).toContain('**`keyproof check --frozen`**: 1 error (annotated on the lines):');
    expect(body).toMatch(
      /- `src\/logo-service\.ts:49` error KP91071: LogoService\.generate: body changed \(literal text in `src\/logo-prompt\.ts#logoPrompt`\)/,
    );
    // the review compares with the base: version bumped there, so the body change is the frozen check's finding only
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toEqual([
      expect.stringMatching(
        /^::error file=src\/logo-service\.ts,line=49,col=\d+,title=keyproof KP91071::KP91071: LogoService\.generate: body changed/,
      ),
    ]);
  });

  it('fourth push (version back to the base one, prompt still changed): the failure lands on the prompt function too', async () => {
    editFile(dir, 'logo-service.ts', "version: 'gen-v4'", "version: 'gen-v3'");
    expect((await keyproof('keys', '-p', dir)).code).toBe(0); // a version change: recorded with the new body, so check --frozen passes
    git(dir, 'commit', '-qam', 'back to gen-v3');
    const run = await runAction({ stats: 'keyproof-stats.json' });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toEqual([
      expect.stringMatching(
        /^::error file=src\/logo-service\.ts,line=49,title=keyproof%3A body changed%2C version did not::LogoService\.generate: body changed \(literal text in `src\/logo-prompt\.ts#logoPrompt`\) but version `gen-v3` did not/,
      ),
      "::error file=src/logo-prompt.ts,line=8,title=keyproof%3A literal text of LogoService.generate's body::LogoService.generate's answers depend on `src/logo-prompt.ts#logoPrompt` (literal text changed), and its version did not change: bump it, or accept the change.",
    ]);
    const body = github.comments.find((c) => c.body.startsWith(MARKER))!.body;
    expect(body).toContain('**`keyproof check --frozen`**: passed');
    expect(body).toContain('**1 method fails the review:**');
    expect(body).toContain('  - literal text changed in `src/logo-prompt.ts#logoPrompt` (`src/logo-prompt.ts:8`)');
    expect(github.comments.filter((c) => c.body.startsWith(MARKER))).toHaveLength(1);
  });
});
