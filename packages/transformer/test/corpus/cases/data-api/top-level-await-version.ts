// origin: shape of a product-data module that fetches the catalogue schema version once at start-up with top-level await
// category: data-api
// decorators: tc39
// expect: KP* schemaVersion
// why: a `const` initialised at run time from a network call is not a compile-time constant; it selects the upstream schema but is not keyed
import { memoize } from 'keyproof';

const schemaVersion: string = await (async () => {
  const res = await fetch('https://catalog.example.com/schema/current');
  const body = (await res.json()) as { version: string };
  return body.version;
})();

export interface ProductRecord {
  id: string;
  attributes: Record<string, string>;
}

export const fetchProduct = memoize(
  async function fetchProduct(productId: string): Promise<ProductRecord> {
    const res = await fetch(`https://catalog.example.com/${schemaVersion}/products/${productId}`);
    if (!res.ok) throw new Error(`product ${productId}: ${res.status}`);
    return (await res.json()) as ProductRecord;
  },
  { version: 'product-v1', ttl: '1d', cost: 0.0001 },
);
