/**
 * `keyproof keys --accept ID [--base REF]` on a key or version change: the manifest records who
 * accepted the re-spend of which plan change (`respendAccepted`), keeps it while the plan stays
 * the accepted one, and drops it when the plan moves on.
 */
import { describe, expect, it } from 'vitest';
import { planIdentity, type Manifest, type MethodEntry } from '../../src/manifest/manifest-types';
import { reconcile, reviewKeys } from '../../src/manifest/review-keys';
import { parseManifest, serialiseManifest } from '../../src/manifest/serialise-manifest';

const entry = (version: string, signature: string, fingerprint = 'b1'): MethodEntry => ({
  source: 'src/logo-service.ts',
  version,
  signature,
  key: [{ name: 'prompt', index: 0 }],
  excluded: [],
  body: { fingerprint, parts: { '(body)': { code: 'c1', text: fingerprint } } },
});
const manifest = (e: MethodEntry): Manifest => ({ format: 'keyproof-keys/1', methods: { 'Logo.generate': e } });
const who = { by: 'Grace Reviewer', at: '2026-12-06T17:00:00Z' };

describe('re-spend acceptance', () => {
  it('records the plan change from the base to the program, and survives a round trip through the file', () => {
    const base = manifest(entry('gen-v3', 'aaaa'));
    const recorded = manifest(entry('gen-v4', 'aaaa', 'b2')); // the bump already recorded with `keyproof keys`
    const current = manifest(entry('gen-v4', 'aaaa', 'b2'));
    const review = reviewKeys(current, recorded, { ids: ['Logo.generate'], ...who, base });
    expect(review.refused).toEqual([]);
    const accepted = review.next.methods['Logo.generate']!.respendAccepted;
    expect(accepted).toEqual({ ...who, from: 'gen-v3@aaaa', to: 'gen-v4@aaaa' });
    const text = serialiseManifest(review.next);
    expect(text).toContain(
      '"respendAccepted": { "by": "Grace Reviewer", "at": "2026-12-06T17:00:00Z", "from": "gen-v3@aaaa", "to": "gen-v4@aaaa" }',
    );
    expect(parseManifest(text, 'keyproof.keys.json').methods['Logo.generate']!.respendAccepted).toEqual(accepted);
  });

  it('without a base, measures from the recorded file (the change not yet recorded)', () => {
    const recorded = manifest(entry('gen-v3', 'aaaa'));
    const current = manifest(entry('gen-v3', 'bbbb'));
    const review = reviewKeys(current, recorded, { ids: ['Logo.generate'], ...who });
    expect(review.next.methods['Logo.generate']!.respendAccepted).toEqual({
      ...who,
      from: 'gen-v3@aaaa',
      to: 'gen-v3@bbbb',
    });
  });

  it('is kept while the plan is the accepted one, dropped when it changes again', () => {
    const recorded = manifest({
      ...entry('gen-v4', 'aaaa'),
      respendAccepted: { ...who, from: 'gen-v3@aaaa', to: 'gen-v4@aaaa' },
    });
    expect(
      reconcile(manifest(entry('gen-v4', 'aaaa')), recorded).methods['Logo.generate']!.respendAccepted,
    ).toMatchObject({ to: planIdentity(entry('gen-v4', 'aaaa')) });
    expect(
      reconcile(manifest(entry('gen-v5', 'aaaa')), recorded).methods['Logo.generate']!.respendAccepted,
    ).toBeUndefined();
    expect(
      reviewKeys(manifest(entry('gen-v5', 'aaaa')), recorded).next.methods['Logo.generate']!.respendAccepted,
    ).toBeUndefined();
  });

  it('refuses an acceptance when nothing changed since the base', () => {
    const same = manifest(entry('gen-v3', 'aaaa'));
    const review = reviewKeys(same, same, { ids: ['Logo.generate'], ...who, base: same });
    expect(review.refused).toEqual([
      { id: 'Logo.generate', why: "Logo.generate's body has not changed since it was recorded: nothing to accept" },
    ]);
  });
});
