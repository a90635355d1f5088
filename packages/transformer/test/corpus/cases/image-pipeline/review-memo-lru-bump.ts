// origin: review probe (round 10): module LRU memo: get, delete and re-set the same value to bump recency
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: the module LRU is filled at `key` with what storage.head(key) answers, and the bump puts back the very entry it read at that key: a memo table, no decision needed.
import { memoize } from 'keyproof';
interface Storage { head(key: string): Promise<{ etag: string }> }
declare const storage: Storage;
const etags = new Map<string, string>();
async function etagOf(key: string): Promise<string> {
  const hit = etags.get(key);
  if (hit !== undefined) {
    etags.delete(key);
    etags.set(key, hit);
    return hit;
  }
  const { etag } = await storage.head(key);
  etags.set(key, etag);
  if (etags.size > 500) etags.delete(etags.keys().next().value!);
  return etag;
}
export class Variants {
  @memoize({ version: 'var-v1', ttl: '1h' })
  async variant(key: string, width: number): Promise<string> {
    return `${key}@${width}#${await etagOf(key)}`;
  }
}
