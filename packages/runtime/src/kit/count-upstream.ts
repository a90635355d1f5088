import { events } from '../events.js';

/**
 * How many times the expensive (upstream) function of any memoised method ran while the
 * given steps ran, one after the other. A call served from the cache, or joined to an
 * identical call already in flight, does not count.
 *
 *   expect(await countUpstream(() => svc.run('job-1', req), () => svc.run('job-2', req))).toBe(1);
 */
export async function countUpstream(...steps: ReadonlyArray<() => unknown>): Promise<number> {
  let count = 0;
  const onMiss = (): void => {
    count++;
  };
  events.on('miss', onMiss);
  try {
    for (const step of steps) await step();
  } finally {
    events.off('miss', onMiss);
  }
  return count;
}
