// origin: review probe (round 10 rules): an LRU bump that re-sets a hit (same key) in a table filled from storage.head; clean control with the bump written through table.get inline
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: an LRU bump that re-sets a hit (same key) in a table filled from storage.head; clean control with the bump written through table.get inline (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
interface Storage { head(key: string): Promise<{ etag: string }> }
declare const storage: Storage;
const etags = new Map<string, string>();
async function etagOf(key: string): Promise<string> {
  if (etags.has(key)) {
    const hit = etags.get(key)!;
    etags.delete(key);
    etags.set(key, hit);
    return hit;
  }
  const { etag } = await storage.head(key);
  etags.set(key, etag);
  return etag;
}
export class Variants4 {
  @memoize({ version: 'var-v4', ttl: '1h' })
  async variant(key: string): Promise<string> {
    return `${key}#${await etagOf(key)}`;
  }
}
