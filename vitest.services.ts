/**
 * Vitest global setup: the real Redis and PostgreSQL servers the store suites run against.
 * If KEYPROOF_TEST_REDIS_URL / KEYPROOF_TEST_POSTGRES_URL are already set (.ci/run sets
 * them), those servers are used. Otherwise `.ci/services.sh` installs (Debian packages,
 * when run as root) and starts throwaway ones on loopback, and stops them afterwards.
 * Set KEYPROOF_TEST_SERVICES=off to run without them; their suites then say they skipped.
 * Either way, each test worker then gets a PostgreSQL database of its own (vitest.per-worker.ts).
 */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { createWorkerDatabases } from './vitest.per-worker.js';

const VARS = [
  'KEYPROOF_TEST_REDIS_URL',
  'KEYPROOF_TEST_REDIS_CLUSTER_URL',
  'KEYPROOF_TEST_POSTGRES_URL',
  'KEYPROOF_TEST_PG_BIN',
  'KEYPROOF_TEST_REDIS_SERVER',
  'KEYPROOF_SERVICES_DIR',
];

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const stop = startServices();
  await createWorkerDatabases(project.config.maxWorkers);
  return stop;
}

function startServices(): (() => void) | undefined {
  if (process.env.KEYPROOF_TEST_REDIS_URL && process.env.KEYPROOF_TEST_POSTGRES_URL) return undefined;
  if (process.env.KEYPROOF_TEST_SERVICES === 'off') {
    console.warn('\n[keyproof] KEYPROOF_TEST_SERVICES=off: Redis and PostgreSQL suites are skipped.\n');
    return undefined;
  }
  let exports: string;
  try {
    exports = execFileSync('bash', ['.ci/services.sh', 'start'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  } catch (error) {
    console.warn(
      `\n[keyproof] could not start Redis and PostgreSQL (${(error as Error).message.split('\n')[0]}).\n` +
        `Their suites are skipped. Install the Debian packages redis-server and postgresql (or run as root, ` +
        `which installs them), or point KEYPROOF_TEST_REDIS_URL / KEYPROOF_TEST_POSTGRES_URL at servers.\n`,
    );
    return undefined;
  }
  for (const line of exports.split('\n')) {
    const match = /^export (\w+)='(.*)'$/.exec(line.trim());
    if (match && VARS.includes(match[1]!)) process.env[match[1]!] = match[2]!;
  }
  const dir = process.env.KEYPROOF_SERVICES_DIR!;
  return () => {
    execFileSync('bash', ['.ci/services.sh', 'stop', dir], { stdio: 'inherit' });
  };
}
