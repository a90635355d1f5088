// origin: vercel/commerce@5542649d5b4700e80d2da9b40279af50bf451a75 lib/shopify/index.ts:61-455 (getProduct, a 'use cache' function keyed by its handle; the Storefront endpoint and token come from env)
// category: data-api
// decorators: tc39
// expect: KP* endpoint|domain|SHOPIFY_STORE_DOMAIN
// expect: KP* key|SHOPIFY_STOREFRONT_ACCESS_TOKEN
// proof: lib/shopify/index.ts:64 `const endpoint = domain ? `${domain}${SHOPIFY_GRAPHQL_API_ENDPOINT}` : '';`
// proof: lib/shopify/index.ts:65 `const key = process.env.SHOPIFY_STOREFRONT_ACCESS_TOKEN!;`
//
// `'use cache'` keys getProduct on its argument (`handle`) only; the body also reads the
// store endpoint (from SHOPIFY_STORE_DOMAIN) and the Storefront token (SHOPIFY_STOREFRONT_
// ACCESS_TOKEN), both sent upstream by shopifyFetch. Ported as the author would write it
// with keyproof (`memoize` in place of the directive, cacheLife('days') as the TTL, the
// cacheTag dropped): two storefronts sharing a keyproof store would serve each other's
// products. Kept: must fail. Other operations (cart, collections, menus, pages) left out.
import { memoize } from 'keyproof';

import { HIDDEN_PRODUCT_TAG, SHOPIFY_GRAPHQL_API_ENDPOINT } from './constants';
import { Connection, Image, Product, ShopifyProduct, ShopifyProductOperation } from './types';

const ensureStartsWith = (stringToCheck: string, startsWith: string) =>
  stringToCheck.startsWith(startsWith) ? stringToCheck : `${startsWith}${stringToCheck}`;

const domain = process.env.SHOPIFY_STORE_DOMAIN
  ? ensureStartsWith(process.env.SHOPIFY_STORE_DOMAIN, 'https://')
  : '';
const endpoint = domain ? `${domain}${SHOPIFY_GRAPHQL_API_ENDPOINT}` : '';
const key = process.env.SHOPIFY_STOREFRONT_ACCESS_TOKEN!;

const getProductQuery = /* GraphQL */ `
  query getProduct($handle: String!) {
    product(handle: $handle) {
      id
      handle
      title
      tags
    }
  }
`;

type ExtractVariables<T> = T extends { variables: object } ? T['variables'] : never;

export async function shopifyFetch<T>({
  headers,
  query,
  variables
}: {
  headers?: Record<string, string>;
  query: string;
  variables?: ExtractVariables<T>;
}): Promise<{ status: number; body: T } | never> {
  if (!endpoint) {
    throw new Error('SHOPIFY_STORE_DOMAIN environment variable is not set');
  }

  const result = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Shopify-Storefront-Access-Token': key,
      ...headers
    },
    body: JSON.stringify({
      ...(query && { query }),
      ...(variables && { variables })
    })
  });

  const body = (await result.json()) as T & { errors?: unknown[] };

  if (body.errors) {
    throw body.errors[0];
  }

  return {
    status: result.status,
    body
  };
}

const removeEdgesAndNodes = <T>(array: Connection<T>): T[] => {
  return array.edges.map((edge) => edge?.node);
};

const reshapeImages = (images: Connection<Image>, productTitle: string) => {
  const flattened = removeEdgesAndNodes(images);

  return flattened.map((image) => {
    const filename = image.url.match(/.*\/(.*)\..*/)?.[1];
    return {
      ...image,
      altText: image.altText || `${productTitle} - ${filename}`
    };
  });
};

const reshapeProduct = (product: ShopifyProduct, filterHiddenProducts: boolean = true): Product | undefined => {
  if (!product || (filterHiddenProducts && product.tags.includes(HIDDEN_PRODUCT_TAG))) {
    return undefined;
  }

  const { images, variants, ...rest } = product;

  return {
    ...rest,
    images: reshapeImages(images, product.title),
    variants: removeEdgesAndNodes(variants)
  };
};

export const getProduct = memoize(
  async function getProduct(handle: string): Promise<Product | undefined> {
    if (!endpoint) {
      console.log(`Skipping getProduct for '${handle}' - Shopify not configured`);
      return undefined;
    }

    const res = await shopifyFetch<ShopifyProductOperation>({
      query: getProductQuery,
      variables: {
        handle
      }
    });

    return reshapeProduct(res.body.data.product, false);
  },
  { ttl: '1d' }
);
