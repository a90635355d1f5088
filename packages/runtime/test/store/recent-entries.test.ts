import { afterEach, expect, it } from 'vitest';
import { encodeValue, toStoredText } from '../../src/codec.js';
import { configure, resetConfig } from '../../src/config.js';
import { CorruptEntryError } from '../../src/errors.js';
import { sealEntry } from '../../src/key-secret.js';
import { readEntryWithHeader } from '../../src/store/read-entry.js';
import { uniqueId } from '../support/stores.js';

/**
 * A stored text read again under the same key is not decoded again (recent-entries.ts): what
 * the second read hands out must still be what decoding gives, a value the caller owns, and a
 * changed text or key secret must be read anew.
 */
const textOf = (key: string, value: unknown) => toStoredText(sealEntry(key, encodeValue(value)));

afterEach(() => resetConfig());

it('the same text read again gives an equal value the caller owns, not the one handed out before', () => {
  const key = `${uniqueId('recent')}:1:abc`;
  const text = textOf(key, { url: 'https://cdn.example.com/a.png', colors: ['#fff'], n: 1 });
  const first = readEntryWithHeader(text, key).value as { colors: string[]; n: number };
  first.colors.push('mutated');
  first.n = 2;
  const again = readEntryWithHeader(text, key);
  expect(again.value).toEqual({ url: 'https://cdn.example.com/a.png', colors: ['#fff'], n: 1 });
  expect(again.value).not.toBe(first);
  const third = readEntryWithHeader(text, key).value as { colors: string[] };
  expect(third).not.toBe(again.value);
  expect(third.colors).not.toBe((again.value as { colors: string[] }).colors);
});

it('values that are not plain data (bytes, dates) are decoded fresh on every read', () => {
  const key = `${uniqueId('recent')}:1:def`;
  const text = textOf(key, { image: Buffer.from([1, 2, 3]), at: new Date(5) });
  const a = readEntryWithHeader(text, key).value as { image: Buffer; at: Date };
  a.image[0] = 9;
  a.at.setTime(7);
  const b = readEntryWithHeader(text, key).value as { image: Buffer; at: Date };
  expect([...b.image]).toEqual([1, 2, 3]);
  expect(b.at.getTime()).toBe(5);
  expect(b.image.buffer).not.toBe(a.image.buffer);
});

it('a rewritten entry under the same key is read anew', () => {
  const key = `${uniqueId('recent')}:1:0a1`;
  expect(readEntryWithHeader(textOf(key, 'old'), key).value).toBe('old');
  expect(readEntryWithHeader(textOf(key, 'new'), key).value).toBe('new');
});

it('a sealed entry is verified again under a new key secret, never served from what was read before', () => {
  configure({ keySecret: 'first secret of the deployment' });
  const key = `${uniqueId('recent')}:1:5ea1`;
  const text = textOf(key, { plan: 'pro' });
  expect(readEntryWithHeader(text, key).value).toEqual({ plan: 'pro' });
  configure({ keySecret: 'rotated secret of the deployment' });
  expect(() => readEntryWithHeader(text, key)).toThrow(CorruptEntryError);
  configure({ keySecret: 'first secret of the deployment' });
  expect(readEntryWithHeader(text, key).value).toEqual({ plan: 'pro' });
});

it('the same text under another key is checked for that key (a sealed text copied to another key fails)', () => {
  configure({ keySecret: 'a secret of the deployment' });
  const key = `${uniqueId('recent')}:1:aaa`;
  const text = textOf(key, 42);
  expect(readEntryWithHeader(text, key).value).toBe(42);
  expect(() => readEntryWithHeader(text, `${key}b`)).toThrow(CorruptEntryError);
});
