import { close, configure, events } from 'keyproof';
import { caption, Renderer, upstream } from './renderer.js';

export interface ScenarioResult {
  readonly upstream: { readonly render: number; readonly caption: number };
  /** The second job got the first job's bytes back, byte for byte, as a Uint8Array. */
  readonly bytesIntact: boolean;
  /** The store keys the two methods used (the same in every host, or processes do not share a cache). */
  readonly keys: readonly string[];
}

/** The job-ID story in one process: two job IDs, identical inputs, one upstream call each. */
export async function runScenario(): Promise<ScenarioResult> {
  configure({ store: 'memory://' });
  const keys = new Set<string>();
  events.on('miss', ({ key }) => void keys.add(key));
  events.on('hit', ({ key }) => void keys.add(key));
  const renderer = new Renderer();
  const source = new Uint8Array([0, 1, 2, 250, 255]);
  const first = await renderer.render('job-4f2c81', 'Acme Bakery', source);
  const second = await renderer.render('job-9b7d02', 'Acme Bakery', source);
  await caption('job-4f2c81', 'fresh bread');
  await caption('job-9b7d02', 'fresh bread');
  await close();
  const expected = [0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 250, 255, 11, 0xff, 0x00];
  const bytesIntact = second instanceof Uint8Array && second !== first && [...second].join() === expected.join() && [...first].join() === expected.join();
  return { upstream: { ...upstream }, bytesIntact, keys: [...keys].sort() };
}
