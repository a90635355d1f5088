/**
 * The process-exit writer: run as its own short process (`node exit-writer.js`) by a process
 * that is exiting through `process.exit()`, when Node runs no more asynchronous work. It reads
 * `{ url, work }` (a store URL and Accounting's pending work) as JSON on stdin and writes it as
 * the exiting process would have: entry records, method descriptions, then the counter deltas,
 * atomically per part. Its output is ignored; it exits when done.
 */
import { pathToFileURL } from 'node:url';
import type { PendingWork } from '../accounting.js';
import { describeMethod } from '../watch/method-records.js';
import { openStoreUrl } from './adapters.js';
import { chunks } from './native-store.js';
import { nativeStore } from './open-native-store.js';

export async function writePending(url: string, work: PendingWork): Promise<void> {
  const keyv = await openStoreUrl(url);
  try {
    const native = nativeStore(keyv);
    for (const part of chunks([...work.records], 1000)) await native.writeRecords(part);
    for (const info of work.describe) await describeMethod(keyv, info);
    const entries = chunks([...work.counts.entries], 1000);
    await native.addCounts({ methods: work.counts.methods, entries: entries[0] ?? [] });
    for (const part of entries.slice(1)) await native.addCounts({ methods: [], entries: part });
  } finally {
    await keyv.disconnect().catch(() => {});
  }
}

async function main(): Promise<void> {
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  const { url, work } = JSON.parse(input) as { url: string; work: PendingWork };
  await writePending(url, work);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}
