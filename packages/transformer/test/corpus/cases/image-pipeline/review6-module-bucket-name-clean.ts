// origin: review probe: a module-level storage bucket handle (made once from a literal name), its name sent to the CDN purge-and-sign endpoint
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: the bucket handle is made once from a literal and its name never changes; only the image key shapes the answer (nothing more).
import { memoize } from 'keyproof';

interface Bucket { readonly name: string; file(key: string): { exists(): Promise<boolean> } }
interface Storage { bucket(name: string): Bucket }
declare const storage: Storage;

const thumbs = storage.bucket('thumbs-prod');

export const signedThumb = memoize(
  async function signedThumb(key: string): Promise<string> {
    const res = await fetch(`https://cdn.internal/v1/sign?bucket=${thumbs.name}&key=${encodeURIComponent(key)}`);
    return ((await res.json()) as { url: string }).url;
  },
  { version: 'thumb-v1', ttl: '1h' },
);
