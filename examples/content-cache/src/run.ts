#!/usr/bin/env node
/**
 * The content-cache scenarios, one process per run (the store is shared through SQLite):
 *
 *   node dist/run.js photos   --api URL --photo FILE [--users 10] [--model M]
 *   node dist/run.js classify --api URL [--model M] TEXT…
 *   node dist/run.js report
 *
 * `photos` and `classify` print JSON (results and this process's keyproof counters);
 * `report` prints the savings report from the store. The store is keyproof's global one:
 * KEYPROOF_STORE, else .keyproof/cache.sqlite under the working directory.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { close, stats } from 'keyproof';
import { PhotoDescriber } from './photo-describer.js';
import { savingsReport } from './savings-report.js';
import { TextClassifier } from './text-classifier.js';
import { UploadService } from './upload-service.js';
import { VisionClient } from './vision-client.js';

const [scenario, ...argv] = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args: argv,
  options: {
    api: { type: 'string' },
    photo: { type: 'string' },
    users: { type: 'string', default: '10' },
    model: { type: 'string' },
  },
  allowPositionals: true,
});

function need(value: string | undefined, flag: string): string {
  if (value) return value;
  process.stderr.write(`run ${scenario ?? ''}: ${flag} is required\n`);
  process.exit(2);
}

async function photos(): Promise<unknown> {
  const client = new VisionClient(need(values.api, '--api'));
  const uploads = new UploadService(new PhotoDescriber(client, values.model ?? 'vision-2024-05'));
  const bytes = new Uint8Array(await readFile(need(values.photo, '--photo')));
  for (let i = 1; i <= Number(values.users); i++) await uploads.upload(`user-${i}`, `IMG_${1000 + i}.jpg`, bytes);
  return { uploads: uploads.records };
}

async function classify(): Promise<unknown> {
  const classifier = new TextClassifier(new VisionClient(need(values.api, '--api')), values.model ?? 'clf-2024-06');
  const labels = [];
  for (const text of positionals) labels.push({ text, ...(await classifier.classify(text)) });
  return { model: classifier.model, labels };
}

if (scenario === 'report') {
  const report = await stats();
  await close();
  process.stdout.write(`${savingsReport(report.store.methods)}\n`);
} else if (scenario === 'photos' || scenario === 'classify') {
  const result = scenario === 'photos' ? await photos() : await classify();
  const report = await stats();
  await close();
  process.stdout.write(`${JSON.stringify({ ...(result as object), keyproof: report.process }, null, 2)}\n`);
} else {
  process.stderr.write('usage: run.js photos|classify|report [options]\n');
  process.exit(2);
}
