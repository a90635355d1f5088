// origin: review probe: two module lets with a shared prefix, the shorter one stated
// category: data-api
// decorators: legacy
// expect: KP91045|KP91046 regionFallback
// why: `region` is in the key, `regionFallback` is another value that picks the data when the first has none (principle 2).
import { memoize } from 'keyproof';

let region = 'eu';
let regionFallback = 'us';
export function setRegions(primary: string, fallback: string): void {
  region = primary;
  regionFallback = fallback;
}

export class StoresService {
  /** @cacheKey region */
  @memoize({ version: 'stores-v1', ttl: '1h' })
  async stores(city: string): Promise<unknown[]> {
      const res = await fetch(`https://stores.internal/${region}/${city}`);
      const rows = (await res.json()) as unknown[];
      if (rows.length > 0) return rows;
      return (await (await fetch(`https://stores.internal/${regionFallback}/${city}`)).json()) as unknown[];
  }
}
