/**
 * Dedicated, killable store servers for fault tests: a redis-server or a PostgreSQL cluster
 * of the test's own on a free loopback port (the shared CI servers are never touched), and a
 * TCP listener that accepts connections and never answers (a stalled store).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const redisServerBin = process.env.KEYPROOF_TEST_REDIS_SERVER;
const pgBin = process.env.KEYPROOF_TEST_PG_BIN;

/** Why a suite needing a server of its own is skipped (undefined when it can run). */
export function missingServer(kind: 'redis' | 'postgres'): string | undefined {
  if (kind === 'redis' && !redisServerBin) return 'KEYPROOF_TEST_REDIS_SERVER is not set (run `.ci/services.sh start`)';
  if (kind === 'postgres' && !pgBin) return 'KEYPROOF_TEST_PG_BIN is not set (run `.ci/services.sh start`)';
  return undefined;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(what: string, ok: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > until) throw new Error(`${what} did not come up within ${timeoutMs} ms`);
    await sleep(50);
  }
}

export interface KillableServer {
  readonly url: string;
  readonly port: number;
  /** Kill the server process (SIGKILL for Redis, immediate shutdown for PostgreSQL). */
  kill(): Promise<void>;
  /** Start it again on the same port, with the same data directory. */
  restart(): Promise<void>;
  /** Kill it and remove its files (afterAll). */
  dispose(): Promise<void>;
}

/** A redis-server of the test's own. */
export async function startRedis(onPort?: number): Promise<KillableServer> {
  const port = onPort ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'keyproof-redis-fault-'));
  let child: ChildProcess | undefined;
  const ping = () =>
    spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG';
  const start = async () => {
    child = spawn(
      redisServerBin!,
      ['--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    await waitFor(`redis-server on 127.0.0.1:${port}`, ping);
  };
  const kill = async () => {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill,
    restart: start,
    dispose: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const asPostgres = (cmd: string, args: string[]) =>
  process.getuid?.() === 0 ? (['runuser', ['-u', 'postgres', '--', cmd, ...args]] as const) : ([cmd, args] as const);

function pgRun(tool: string, args: string[]): void {
  const [cmd, argv] = asPostgres(join(pgBin!, tool), args);
  const r = spawnSync(cmd, [...argv], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
}

/** A PostgreSQL cluster of the test's own (initdb takes a second or two). */
export async function startPostgres(onPort?: number): Promise<KillableServer> {
  const port = onPort ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'keyproof-pg-fault-'));
  chmodSync(dir, 0o755);
  if (process.getuid?.() === 0) {
    const pw = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(pw.stdout.trim()), Number(gid.stdout.trim()));
  }
  const data = join(dir, 'data');
  pgRun('initdb', ['-D', data, '-U', 'keyproof', '--auth=trust', '-E', 'UTF8']);
  const start = async () => {
    pgRun('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-h 127.0.0.1 -p ${port} -k ${dir} -F`,
      'start',
    ]);
  };
  let running = false;
  const kill = async () => {
    if (!running) return;
    running = false;
    pgRun('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
  };
  await start();
  running = true;
  return {
    url: `postgres://keyproof@127.0.0.1:${port}/postgres`,
    port,
    kill,
    restart: async () => {
      await start();
      running = true;
    },
    dispose: async () => {
      await kill().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A TCP listener on 127.0.0.1 that accepts connections and never answers: a stalled store. */
export async function startStallingListener(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port that is free, and whose cluster bus port (port + 10000) is free too. */
async function freeClusterPort(): Promise<number> {
  const bindable = (port: number) =>
    new Promise<boolean>((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 30_000);
    if ((await bindable(port)) && (await bindable(port + 10_000))) return port;
  }
}

export interface KillableCluster {
  /** `redis+cluster://` naming the first node. */
  readonly url: string;
  readonly ports: readonly number[];
  /** SIGKILL the node on `port`: its slots have no server until it is back. */
  kill(port: number): Promise<void>;
  /** Start the node on `port` again; resolves once every node reports the cluster whole. */
  restart(port: number): Promise<void>;
  dispose(): Promise<void>;
}

/** A three-master Redis Cluster of the test's own (no replicas), slots spread by `redis-cli --cluster create`. */
export async function startRedisCluster(): Promise<KillableCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'keyproof-redis-cluster-'));
  const nodes = new Map<number, ChildProcess>();
  // a node started again on its port finds its nodes-{port}.conf and rejoins with its slots
  const startNode = async (port: number) => {
    const child = spawn(
      redisServerBin!,
      [
        ...['--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--save', '', '--appendonly', 'no'],
        ...[
          '--cluster-enabled',
          'yes',
          '--cluster-config-file',
          `nodes-${port}.conf`,
          '--cluster-node-timeout',
          '2000',
        ],
      ],
      { stdio: 'ignore' },
    );
    nodes.set(port, child);
    await waitFor(
      `redis-server on 127.0.0.1:${port}`,
      () => spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG',
    );
  };
  for (let i = 0; i < 3; i++) await startNode(await freeClusterPort());
  const ports = [...nodes.keys()];
  const created = spawnSync(
    'redis-cli',
    ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes'],
    { encoding: 'utf8' },
  );
  if (created.status !== 0) throw new Error(`redis-cli --cluster create failed: ${created.stdout}${created.stderr}`);
  const clusterOk = (port: number) =>
    spawnSync('redis-cli', ['-p', String(port), 'cluster', 'info'], { encoding: 'utf8' }).stdout.includes(
      'cluster_state:ok',
    );
  for (const port of ports) await waitFor(`cluster state ok on ${port}`, () => clusterOk(port));
  const kill = async (port: number) => {
    const c = nodes.get(port);
    nodes.delete(port);
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGKILL');
    await exited;
  };
  return {
    url: `redis+cluster://127.0.0.1:${ports[0]}`,
    ports,
    kill,
    restart: async (port) => {
      await startNode(port);
      for (const p of ports) await waitFor(`cluster state ok on ${p}`, () => clusterOk(p), 30_000);
    },
    dispose: async () => {
      for (const port of [...nodes.keys()]) await kill(port);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
