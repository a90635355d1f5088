/**
 * The stores every behaviour suite runs against. memory:// and a real SQLite file always;
 * Redis, a three-node Redis Cluster and PostgreSQL when `.ci/run` (or you) started them and
 * exported their URLs.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StoreUnderTest {
  readonly name: string;
  /** A fresh, empty store URL for one test file. */
  url(): string;
}

let counter = 0;

export function storesUnderTest(): StoreUnderTest[] {
  const stores: StoreUnderTest[] = [
    { name: 'memory', url: () => 'memory://' },
    {
      name: 'sqlite',
      url: () => `sqlite://${join(mkdtempSync(join(tmpdir(), 'keyproof-test-')), 'cache.sqlite')}`,
    },
  ];
  const redis = process.env.KEYPROOF_TEST_REDIS_URL;
  if (redis) stores.push({ name: 'redis', url: () => redis });
  const cluster = process.env.KEYPROOF_TEST_REDIS_CLUSTER_URL;
  if (cluster) stores.push({ name: 'redis-cluster', url: () => cluster });
  const postgres = process.env.KEYPROOF_TEST_POSTGRES_URL;
  if (postgres) stores.push({ name: 'postgres', url: () => postgres });
  return stores;
}

/** A unique method id per test, so tests sharing a server never share entries. */
export function uniqueId(base: string): string {
  return `${base}.${process.pid}.${Date.now().toString(36)}.${(++counter).toString(36)}`;
}
