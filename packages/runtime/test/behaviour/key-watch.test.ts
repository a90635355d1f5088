import { expect, it, vi } from 'vitest';
import { configure } from '../../src/config.js';
import { events, type KeyproofEvents } from '../../src/events.js';
import { memoize } from '../../src/memoize.js';
import { stats } from '../../src/stats.js';
import { uniqueId } from '../support/stores.js';
import { captureWarnings } from '../support/warnings.js';
import { counted, forEachStore } from './suite.js';

type Alarm = KeyproofEvents['key-never-repeats'][0];

/** Listen for `key-never-repeats` during `body`; returns every alarm, with the call count it came at. */
async function alarmsDuring(body: (calls: () => number) => Promise<void>): Promise<Array<Alarm & { atCall: number }>> {
  const seen: Array<Alarm & { atCall: number }> = [];
  let n = 0;
  const listener = (a: Alarm) => seen.push({ ...a, atCall: n });
  events.on('key-never-repeats', listener);
  try {
    await body(() => ++n);
  } finally {
    events.off('key-never-repeats', listener);
  }
  return seen;
}

const MODES = ['new', 'refresh', 'variant'];
const NAMES = ['Acme Bakery', 'Bolt Cycles', 'Cedar Dental'];

forEachStore('key-never-repeats', () => {
  const captured = captureWarnings();

  it('names jobId when an unplanned method keys on every argument, within the configured calls', async () => {
    const id = uniqueId('LogoService.generate');
    const upstream = vi.fn(async (mode: string, name: string) => `${mode}:${name}`);
    const generate = memoize(
      async function generate(jobId: string, mode: string, name: string) {
        void jobId; // the job ID is only logged upstream: a per-call value
        return upstream(mode, name);
      },
      { id, unplanned: 'all-arguments' },
    );
    const alarms = await alarmsDuring(async (call) => {
      for (let i = 0; i < 210; i++) {
        call();
        await generate(`job-${i.toString(16).padStart(6, '0')}`, MODES[i % 3]!, NAMES[(i >> 2) % 3]!);
      }
    });
    expect(upstream).toHaveBeenCalledTimes(210); // the key never repeated
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({ id, field: 'jobId', hits: 0, others: 3 });
    expect(alarms[0]!.atCall).toBeLessThanOrEqual(200);
    expect(alarms[0]!.distinct).toBeGreaterThan(180);
    const warning = captured.warnings.filter((w) => w.code === 'KEYPROOF_KEY_NEVER_REPEATS');
    expect(warning).toHaveLength(1);
    expect(warning[0]!.message).toMatch(
      new RegExp(
        `${id.replace(/\./g, '\\.')}: 200 calls, 0 hits; field \`jobId\` had \\d+ distinct values in 200 calls while the other 2 fields had at most 3\\.`,
      ),
    );
    expect(warning[0]!.message).toContain('exclude it with `@excludeFromKey jobId reason`');
    expect(captured.codes()).toContain('KEYPROOF_UNPLANNED');

    // the store says the same, from the counters and the merged sketch
    const record = (await stats()).store.methods.find((m) => m.id === id)!;
    expect(record.diagnosis).toMatchObject({ field: 'jobId', calls: 210, hits: 0, others: 3 });
    expect(record.diagnosis!.message).toContain('field `jobId` had');
  });

  it('names the field of a plan that keys on the job ID, and a property of a queue message', async () => {
    const planned = counted(
      'generate',
      [
        { name: 'jobId', index: 0 },
        { name: 'mode', index: 1 },
        { name: 'name', index: 2 },
      ],
      (_j: string, m: string, n: string) => `${m}:${n}`,
    );
    const message = counted('fromQueue', [{ name: 'job', index: 0 }], (job: { name: string }) => job.name);
    const alarms = await alarmsDuring(async () => {
      for (let i = 0; i < 200; i++) {
        await planned.fn(`job-${i}`, MODES[i % 3]!, NAMES[i % 2]!);
        await message.fn({ jobId: `job-${i}`, name: NAMES[i % 3]!, colors: ['#fff'] } as never);
      }
    });
    expect(alarms.map((a) => [a.id, a.field])).toEqual([
      [planned.id, 'jobId'],
      [message.id, 'job.jobId'],
    ]);
    expect(captured.warnings.find((w) => w.message.includes(message.id))!.message).toContain(
      '`@excludeFromKey job.jobId reason`',
    );
  });

  it('past its first misses the watch samples them, and the store record still names the field', async () => {
    configure({ keyWatch: { minCalls: 25 } }); // every one of the first 50 misses is sketched, then one in 8
    const { fn, upstream, id } = counted(
      'sampled',
      [
        { name: 'jobId', index: 0 },
        { name: 'mode', index: 1 },
      ],
      (_j: string, m: string) => m,
    );
    const alarms = await alarmsDuring(async () => {
      for (let i = 0; i < 600; i++) await fn(`job-${i}`, MODES[i % 3]!);
    });
    expect(upstream).toHaveBeenCalledTimes(600);
    expect(alarms.map((a) => a.field)).toEqual(['jobId']);
    const record = (await stats()).store.methods.find((m) => m.id === id)!;
    expect(record.diagnosis).toMatchObject({ field: 'jobId', calls: 600, hits: 0, others: 3 });
    // the first 50 misses sketched one by one, then the 56th, 64th, …, 600th
    expect(record.diagnosis!.sampled).toBe(50 + (Math.floor(600 / 8) - Math.floor(50 / 8)));
    expect(record.diagnosis!.distinct).toBeGreaterThan(0.8 * record.diagnosis!.sampled);
  });

  it('stays quiet below the configured number of calls', async () => {
    const { fn, id } = counted(
      'quiet',
      [
        { name: 'jobId', index: 0 },
        { name: 'mode', index: 1 },
      ],
      (_j: string, m: string) => m,
    );
    const alarms = await alarmsDuring(async () => {
      for (let i = 0; i < 199; i++) await fn(`job-${i}`, MODES[i % 3]!);
    });
    expect(alarms).toEqual([]);
    expect((await stats()).store.methods.find((m) => m.id === id)!.diagnosis).toBeUndefined();
    expect(captured.codes()).not.toContain('KEYPROOF_KEY_NEVER_REPEATS');
  });
});
