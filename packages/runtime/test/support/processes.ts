/** Run N copies of fixtures/many-calls.mjs at once and collect what each reports. */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'many-calls.mjs');

export interface ManyCallsOptions {
  readonly url: string;
  readonly id: string;
  readonly calls: number;
  readonly keys: number;
  readonly concurrency: number;
  readonly upstreamMs: number;
  readonly leaseMs: number;
  readonly frontCache?: false;
  /** More `configure()` options for the child. */
  readonly config?: Record<string, unknown>;
  /** Print `{"filling":n}` when upstream starts (the fill lease is held from then on). */
  readonly announce?: boolean;
}

export interface ProcessReport {
  readonly upstreamCalls: number;
  readonly failures: number;
  readonly bypasses: number;
  readonly ms: number;
  readonly errors: string[];
}

function runOne(options: ManyCallsOptions & { startAt: number }): Promise<ProcessReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop();
      if (code !== 0 || !last) return reject(new Error(`many-calls.mjs exited ${code}: ${err.slice(-2000)}`));
      resolve(JSON.parse(last) as ProcessReport);
    });
  });
}

/** `processes` children, started together (they wait for a common start time after loading). */
export async function runProcesses(processes: number, options: ManyCallsOptions): Promise<ProcessReport[]> {
  const startAt = Date.now() + 2500;
  return Promise.all(Array.from({ length: processes }, () => runOne({ ...options, startAt })));
}

export function total(reports: readonly ProcessReport[], field: 'upstreamCalls' | 'failures' | 'bypasses'): number {
  return reports.reduce((sum, r) => sum + r[field], 0);
}

/** Start one child that announces its upstream call; resolves once it is filling (holding the lease). */
export function startFiller(options: ManyCallsOptions): Promise<{ kill(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, JSON.stringify({ ...options, announce: true, startAt: 0 })], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the filler never started its upstream call: ${err.slice(-1000)}`));
    }, 20_000);
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d) => {
      out += d;
      if (!out.includes('"filling"')) return;
      clearTimeout(timer);
      resolve({
        kill: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!out.includes('"filling"'))
        reject(new Error(`the filler exited ${code} before filling: ${err.slice(-1000)}`));
    });
  });
}
