/**
 * A credential is named as one (`classify-input.ts`, `CREDENTIAL`): an environment name with a
 * credential segment, the word itself, a qualified key, or a token, secret or password that is not
 * a page's. A key or token that names data (a lookup key, an object key, a page token) shapes the
 * answer, and must not be waved through as authentication.
 */
import { describe, expect, it } from 'vitest';
import { CREDENTIAL } from '../src/analyse/classify-input';

const credentials = [
  'OPENAI_API_KEY',
  'process.env.OPENAI_API_KEY',
  'GITHUB_TOKEN',
  'process.env.TOKEN',
  'AWS_ACCESS_KEY_ID',
  'STRIPE_PLATFORM_KEY',
  'GEOCODE_EARTH_KEY',
  'DB_PASSWORD',
  'apiKey',
  'openAIApiKey',
  'stripeSecretKey',
  'secretKey',
  'subscriptionKey',
  'key',
  'token',
  'accessToken',
  'refreshToken',
  'clientSecret',
  'password',
  'credentials',
  'Authorization',
  'XSubscriptionToken',
  'auth',
];

const data = [
  'lookupKey',
  'planLookupKey',
  'objectKey',
  'Key',
  'sortKey',
  'sourceKey',
  'idempotencyKey',
  'cacheKey',
  'pageToken',
  'nextPageToken',
  'continuationToken',
  'tokenizer',
  'keyword',
  'MONKEY',
  'region',
];

describe('credential names', () => {
  it.each(credentials)('%s is a credential', (name) => expect(CREDENTIAL.test(name)).toBe(true));
  it.each(data)('%s names data, not a credential', (name) => expect(CREDENTIAL.test(name)).toBe(false));
});
