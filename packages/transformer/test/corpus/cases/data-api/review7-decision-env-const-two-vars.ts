// origin: review probe: `@cacheKey process.env.REGION` stated, the body reading a module constant that holds REGION or, when unset, FALLBACK_REGION
// category: data-api
// decorators: tc39
// expect: KP91044 FALLBACK_REGION|REGION
// why: when REGION is unset FALLBACK_REGION picks the warehouse, and the key does not state it (principle 2).
import { memoize } from 'keyproof';

const REGION = process.env.REGION || process.env.FALLBACK_REGION || 'eu';

export const pickFaces = memoize(
  /** @cacheKey process.env.REGION */
  async function pickFaces(sku: string): Promise<string[]> {
    const res = await fetch(`https://wms.${REGION}.internal/v1/pick-faces/${sku}`);
    return (await res.json()) as string[];
  },
  { version: 'pick-faces-v1', ttl: '5m' },
);
