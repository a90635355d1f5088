// origin: review probe: a module's endpoint object (fixed at load) that a startup line calls describe() on for the effect, its base URL read in the body
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: nothing changes the endpoint while the process runs; logging it does not, so it is a constant of the code (principle 3).
import { memoize } from 'keyproof';

class Endpoint {
  constructor(readonly base: string, readonly version: string) {}
  url(path: string): string {
    return `${this.base}/${this.version}${path}`;
  }
  describe(): void {
    console.log(`resizer endpoint ${this.base} (${this.version})`);
  }
}

const resizer = new Endpoint('https://resize.internal', 'v3');
resizer.describe();

export const thumbnail = memoize(
  async function thumbnail(imageId: string, width: number): Promise<ArrayBuffer> {
    const res = await fetch(resizer.url(`/images/${imageId}?w=${width}`));
    return res.arrayBuffer();
  },
  { version: 'thumbnail-v1', ttl: '7d' },
);
