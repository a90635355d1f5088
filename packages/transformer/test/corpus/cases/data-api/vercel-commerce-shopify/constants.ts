// Reduced from lib/constants.ts.
export const HIDDEN_PRODUCT_TAG = 'nextjs-frontend-hidden';
export const SHOPIFY_GRAPHQL_API_ENDPOINT = '/api/2023-01/graphql.json';
