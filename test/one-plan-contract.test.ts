/**
 * The key plan has one definition, `@keyproof/plan`: its shape and its signature are declared
 * there and nowhere else in what we publish, and the runtime (which reads plans) and the
 * transformer (which writes them) sign plans alike.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSignature } from '../packages/plan/src/index.js';
import * as runtime from '../packages/runtime/src/index.js';
import * as transformer from '../packages/transformer/src/index.js';
import { ROOT } from './support/toolchains.js';

const DEFINITIONS =
  /\bfunction planSignature\b|\bPLAN_FORMAT\s*=|\binterface (KeyField|ExcludedField|KeyPlan|PlanDescription|PlannedField|PlannedExclusion)\b/;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.[cm]?ts$/.test(e.name) ? [path.join(dir, e.name)] : [],
    );
}

describe('the plan contract', () => {
  it('is declared in @keyproof/plan only', () => {
    const packages = path.join(ROOT, 'packages');
    const declaring = fs
      .readdirSync(packages)
      .filter((p) => fs.existsSync(path.join(packages, p, 'src')))
      .flatMap((p) => sourceFiles(path.join(packages, p, 'src')))
      .filter((f) => DEFINITIONS.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(declaring.sort()).toEqual(['packages/plan/src/key-plan.ts', 'packages/plan/src/plan-signature.ts']);
  });

  it('signs plans alike in the runtime and the transformer', () => {
    const fields = [
      { name: 'prompt', index: 1, normalize: 'normalize.text' },
      { name: 'brand', index: 2, pick: ['name', 'colors'] },
    ];
    expect(runtime.planSignature(fields)).toBe(planSignature(fields));
    expect(transformer.planSignature(fields)).toBe(planSignature(fields));
    expect(runtime.PLAN_FORMAT).toBe(1);
  });
});
