/**
 * Redis Cluster key layout: an entry and everything of its own (record, lease, hit counter)
 * share one hash tag, so one script may touch them together; other keys hash whole; a listed
 * key reads back in keyproof's own form.
 */
import { describe, expect, it } from 'vitest';
import {
  COUNT_PREFIX,
  LEASE_PREFIX,
  metaKey,
  methodKey,
  slotTagged,
  slotUntagged,
  tagKey,
} from '../../src/store/store-keys.js';

/** The text Redis Cluster hashes: between the first `{` and the next `}`, else the whole key. */
function hashed(key: string): string {
  const open = key.indexOf('{');
  const close = open < 0 ? -1 : key.indexOf('}', open + 1);
  return open < 0 || close <= open + 1 ? key : key.slice(open + 1, close);
}

const forms = (entry: string) => [entry, metaKey(entry), `${LEASE_PREFIX}${entry}`, `${COUNT_PREFIX}${metaKey(entry)}`];

describe('slotTagged', () => {
  it.each([
    ['Quotes.price:v1:3f9a0c', '3f9a0c'],
    ['src/a.ts#Svc.m:2:abc', 'abc'],
    ['no-colon-key', 'no-colon-key'],
  ])('every key of the entry %s hashes on %s', (entry, tag) => {
    for (const key of forms(entry)) expect(hashed(slotTagged(`keyproof:${key}`)), key).toBe(tag);
  });

  it('an id holding a `{` still puts every key of its entry in one slot', () => {
    const hashes = new Set(forms('Odd{id.m:v1:ff00').map((k) => hashed(slotTagged(`keyproof:${k}`))));
    expect(hashes.size).toBe(1);
  });

  it('method records, method counters and tags are not tagged', () => {
    for (const key of [methodKey('A.b'), `${COUNT_PREFIX}${methodKey('A.b')}`, tagKey('t:1')])
      expect(slotTagged(`keyproof:${key}`)).toBe(`keyproof:${key}`);
  });

  it('a listed key reads back as keyproof wrote it', () => {
    for (const key of [...forms('Quotes.price:v1:3f9a0c'), ...forms('solo'), methodKey('A.b')])
      expect(slotUntagged(slotTagged(`keyproof:${key}`).slice('keyproof:'.length))).toBe(key);
  });
});
