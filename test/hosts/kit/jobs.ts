import { memoize } from '../../../packages/runtime/src/index.js'; // the workspace's runtime: resolved by the checker, so it counts as keyproof

/** A service as the testing kit's tests use it: a counted upstream behind a memoised method. */
export const calls = { upstream: 0 };

export class Jobs {

  /** @excludeFromKey jobId unique per run */
  @memoize({ version: 'kit-v1' })
  async render(jobId: string, name: string): Promise<Uint8Array> {
    calls.upstream++;
    return new Uint8Array([name.length, 0xff, 0x00]);
  }
}
