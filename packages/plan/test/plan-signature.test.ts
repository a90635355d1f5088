import { describe, expect, it } from 'vitest';
import { planSignature, type KeyField } from '../src/index';

// Golden values: a change here changes every plan signature, so every user's cache entries
// are orphaned (and every emitted plan differs from the JS goldens).
const cases: readonly (readonly [readonly KeyField[], string])[] = [
  [[], '9b955133886d2ce9'],
  [[{ name: 'text', index: 0 }], 'fc46d192fd6ce67e'],
  [
    [
      { name: 'mode', index: 1 },
      { name: 'name', index: 2 },
    ],
    'b0a42708a57a88fd',
  ],
  [
    [
      { name: 'prompt', index: 1, normalize: 'normalize.text' },
      { name: 'brand', index: 2, pick: ['name', 'colors'] },
    ],
    'aa8b2f382109d5dd',
  ],
  [
    [
      { name: 'req', index: 0, omit: ['jobId'] },
      { name: 'this.model', index: -1 },
    ],
    '9cbdbf86b7c484ad',
  ],
];

describe('plan signature', () => {
  it.each(cases)('is a golden value for %j', (fields, expected) => {
    expect(planSignature(fields)).toBe(expected);
  });
});
