/**
 * The manifest reads the analysis result through its public shape: fields a newer analyser
 * adds to key fields and exclusions (picks, exclusion kinds) are recorded and compared, not
 * dropped or fatal. And the walk into the program's code is bounded, and says so.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildManifest } from '../../src/manifest/build-manifest';
import { compareManifests } from '../../src/manifest/compare-manifests';
import { describeDifference } from '../../src/manifest/describe-difference';
import { PART_BOUNDS } from '../../src/manifest/collect-parts';
import { TYPESCRIPTS } from '../harness';
import { CLASSIFIER_PROJECT } from './classifier-project';
import { compileProject, removeDir, writeProject } from './compile-project';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));
const ts = TYPESCRIPTS[0]!.ts;

function compiled(files: Record<string, string>) {
  const dir = writeProject(files);
  dirs.push(dir);
  return compileProject(ts, dir);
}

describe('fields a newer analyser adds', () => {
  const { program, result } = compiled(CLASSIFIER_PROJECT);
  const withKinds = (kind: string) => ({
    ...result,
    plans: result.plans.map(({ site, plan }) => ({
      site,
      plan: { ...plan, excluded: plan.excluded.map((e) => ({ ...e, kind })), provenance: { version: 2 } },
    })),
  });

  it('are recorded with the field they belong to', () => {
    const built = buildManifest(ts, program, withKinds('does-not-shape-output'));
    expect(built.manifest.methods['TextClassifier.classify']!.excluded).toEqual([
      { index: 0, kind: 'does-not-shape-output', name: 'requestId', reason: 'unique per request' },
    ]);
  });

  it('a change of one of them under the same plan signature costs nothing and says so', () => {
    const before = buildManifest(ts, program, withKinds('does-not-shape-output')).manifest;
    const after = buildManifest(ts, program, withKinds('captured-by')).manifest;
    const differences = compareManifests(before, after);
    expect(differences.map((d) => d.kind)).toEqual(['description']);
    expect(describeDifference(differences[0]!, { manifestName: 'keyproof.keys.json', recordHint: false })).toBe(
      'TextClassifier.classify: exclusion of `requestId` changes kind "does-not-shape-output" → "captured-by" — no entries affected.',
    );
  });
});

describe('the walk into the program', () => {
  it('stops at its depth bound and records that it did', () => {
    const chain = Array.from(
      { length: PART_BOUNDS.maxDepth + 3 },
      (_, i) =>
        `export function step${i}(x: number): number { return ${i === PART_BOUNDS.maxDepth + 2 ? 'x' : `step${i + 1}(x) + ${i}`}; }`,
    ).join('\n');
    const { built } = compiled({
      'src/chain.ts': chain,
      'src/service.ts': `import { memoize } from 'keyproof';\nimport { step0 } from './chain';\nexport class Deep {\n  @memoize({ version: 'd1' })\n  async run(x: number): Promise<number> {\n    return step0(x);\n  }\n}\n`,
    });
    const body = built.manifest.methods['Deep.run']!.body;
    expect(body.truncated).toBe(true);
    expect(Object.keys(body.parts)).toHaveLength(PART_BOUNDS.maxDepth + 1);
    expect(body.parts['src/chain.ts#step7']).toBeDefined();
    expect(body.parts['src/chain.ts#step8']).toBeUndefined();
  });
});
