import { describe, expect, it } from 'vitest';
import { planSignature } from '../src/analyse/plan-signature';
import type { PlannedField } from '../src/types';

type Signature = (fields: readonly PlannedField[]) => string;
// The runtime is an ES module and this package is CommonJS: load it dynamically.
const runtime = async (): Promise<Signature> => ((await import('../../runtime/src/plan-signature.js')) as { planSignature: Signature }).planSignature;

const cases: PlannedField[][] = [
  [],
  [{ name: 'mode', index: 1 }, { name: 'name', index: 2 }],
  [{ name: 'prompt', index: 1, normalize: 'normalize.text' }, { name: 'brand', index: 2, pick: ['name', 'colors'] }],
  [{ name: 'req', index: 0, omit: ['jobId'] }, { name: 'this.model', index: -1 }],
];

describe('plan signature', () => {
  it.each(cases)('matches the runtime for %j', async (...fields) => {
    expect(planSignature(fields)).toBe((await runtime())(fields));
  });

  it('is a golden value (a change here orphans every user cache entry)', () => {
    expect(planSignature([{ name: 'text', index: 0 }])).toBe('fc46d192fd6ce67e');
  });
});
