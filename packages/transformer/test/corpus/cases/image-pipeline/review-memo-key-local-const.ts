// origin: review probe (round 10 rules): a module memo looked up and filled through local consts built the same way
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: a module memo looked up and filled through local consts built the same way (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
interface Storage { meta(bucket: string, key: string): Promise<{ width: number; height: number }> }
declare const storage: Storage;
const dims = new Map<string, { width: number; height: number }>();
async function dimsOf(bucket: string, key: string) {
  const id = `${bucket}/${key}`;
  const known = dims.get(id);
  if (known) return known;
  const meta = await storage.meta(bucket, key);
  dims.set(`${bucket}/${key}`, meta);
  return meta;
}
export class Layout {
  @memoize({ version: 'layout-v1', ttl: '1h' })
  async aspect(bucket: string, key: string): Promise<number> {
    const { width, height } = await dimsOf(bucket, key);
    return width / height;
  }
}
