// origin: review probe (round 10 rules): a prom Histogram observed with the host as a label (recorder by type)
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: a prom Histogram observed with the host as a label (recorder by type) (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
import os from 'node:os';
interface Histogram { observe(labels: Record<string, string>, value: number): void }
declare const resizeSeconds: Histogram;
interface Store { get(key: string): Promise<Uint8Array> }
declare const store: Store;
export class Thumbs {
  @memoize({ version: 'thumb-v1', ttl: '1d' })
  async size(key: string): Promise<number> {
    const started = performance.now();
    const bytes = await store.get(key);
    resizeSeconds.observe({ host: os.hostname(), pod: process.env.POD_NAME ?? '' }, (performance.now() - started) / 1000);
    return bytes.byteLength;
  }
}
