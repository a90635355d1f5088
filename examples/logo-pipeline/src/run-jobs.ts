#!/usr/bin/env node
/**
 * Run logo jobs against the image API, one after another, in this process:
 *
 *   node dist/run-jobs.js --api URL --jobs-dir DIR --source FILE --name "Acme Bakery" job-1 job-2 …
 *
 * Prints one JSON document: each job's output, and keyproof's counters for this process.
 * The store is keyproof's global one: KEYPROOF_STORE, else .keyproof/cache.sqlite under cwd.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { close, stats } from 'keyproof';
import { ImageApiClient } from './image-api-client.js';
import type { Mode } from './logo-request.js';
import { LogoService, type JobOutput } from './logo-service.js';

const { values, positionals: jobIds } = parseArgs({
  options: {
    api: { type: 'string' },
    'jobs-dir': { type: 'string', default: '.jobs' },
    source: { type: 'string' },
    name: { type: 'string', default: 'Acme Bakery' },
    mode: { type: 'string', default: 'new' },
    style: { type: 'string', default: 'flat, friendly' },
    colors: { type: 'string', default: '#1b5e20,#aaff00' },
  },
  allowPositionals: true,
});

if (!values.api || !values.source || jobIds.length === 0) {
  process.stderr.write('usage: run-jobs --api URL --source FILE [--jobs-dir DIR] [--name N] [--mode new|refresh] [--style S] [--colors a,b] JOB_ID…\n');
  process.exit(2);
}

const service = new LogoService(new ImageApiClient(values.api), values['jobs-dir']);
const sourceImage = new Uint8Array(await readFile(values.source));
const jobs: JobOutput[] = [];
for (const jobId of jobIds) {
  jobs.push(
    await service.generateForJob(jobId, {
      mode: values.mode as Mode,
      businessName: values.name,
      style: values.style,
      colors: values.colors.split(','),
      sourceImage,
    }),
  );
}
const report = await stats();
await close();
process.stdout.write(`${JSON.stringify({ jobs, keyproof: report.process }, null, 2)}\n`);
