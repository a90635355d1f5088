// origin: review probe (round 10 rules): a module-level LRU class whose get bumps (delete/set of its own entry) used as a memo
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: a module-level LRU class whose get bumps (delete/set of its own entry) used as a memo (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
interface Storage { head(key: string): Promise<{ etag: string }> }
declare const storage: Storage;
const etags = new Map<string, string>();
function touch(key: string): string | undefined {
  const hit = etags.get(key);
  if (hit === undefined) return undefined;
  etags.delete(key);
  etags.set(key, hit);
  return hit;
}
async function etagOf(key: string): Promise<string> {
  const cached = touch(key);
  if (cached !== undefined) return cached;
  const { etag } = await storage.head(key);
  etags.set(key, etag);
  return etag;
}
export class Variants {
  @memoize({ version: 'var-v2', ttl: '1h' })
  async variant(key: string, width: number): Promise<string> {
    return `${key}@${width}#${await etagOf(key)}`;
  }
}
