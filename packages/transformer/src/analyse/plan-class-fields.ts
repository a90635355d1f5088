import type { AnalysisContext } from './context';
import type { MemoisedSite } from './find-memoised';
import { readFieldMarks } from './read-annotations';
import type { FieldRead } from './read-body';
import { readClassMembers } from './read-class-members';
import { isServiceType } from './type-shape';
import { builtFromConfiguration, configuredClient, identityFields } from './configured-client';
import { isCredential, madeByProcess } from './classify-input';
import { credentialFromData } from './credential-origin';
import { isConstantField } from './is-constant';
import { isWriteOnly } from './read-inputs';
import { shapesNoAnswer } from './read-outputs';
import type { Provenance } from './provenance/trace-value';

/** A class field read by a memoised body, with the user's key decision about it. */
export interface ClassFieldDecision {
  readonly name: string;
  readonly decision: 'include' | 'exclude';
  readonly reason: string;
}

export interface ClassFieldPlan {
  readonly decided: readonly ClassFieldDecision[];
  /** Marked both `@cacheKey` and `@notKey`. */
  readonly contradictory: readonly FieldRead[];
  /** Plain data with no decision (services need none, unless the class configures them itself: `configured-client.ts`). */
  readonly undecided: readonly FieldRead[];
  /** Offsets of the class's own `@cacheKey` / `@notKey` field decorators, to strip. */
  readonly strip: readonly number[];
}

/** The key decisions about the fields a memoised body reads: `@cacheKey` joins the key, `@notKey` records why not. */
export function planClassFields(
  ctx: AnalysisContext,
  site: MemoisedSite,
  reads: readonly FieldRead[],
  engine: Provenance,
): ClassFieldPlan {
  const strip: number[] = [];
  const own = readClassMembers(ctx, site.classNode).fields;
  for (const declaration of own.values()) {
    if (
      declaration.getSourceFile() !== site.fn.getSourceFile() ||
      (site.classNode !== undefined && !isMemberOf(declaration, site.classNode))
    )
      continue;
    for (const mark of readFieldMarks(ctx, declaration)) if (mark.stripStart !== undefined) strip.push(mark.stripStart);
  }
  const decided: ClassFieldDecision[] = [];
  const contradictory: FieldRead[] = [];
  const undecided: FieldRead[] = [];
  for (const read of reads) {
    const marks = readFieldMarks(ctx, read.declaration);
    const include = marks.find((m) => m.kind === 'include');
    const exclude = marks.find((m) => m.kind === 'exclude');
    if (include !== undefined && exclude !== undefined) contradictory.push(read);
    else if (include !== undefined) decided.push({ name: read.name, decision: 'include', reason: '' });
    else if (exclude !== undefined) decided.push({ name: read.name, decision: 'exclude', reason: exclude.reason });
    else if (
      ctx.checker === undefined ||
      isConstantField(ctx, engine, read.declaration) ||
      // a credential the process is configured with; one a tenant's record or a method gives picks the account
      (isCredential(ctx, read.name, read.nodes) && credentialFromData(ctx, read.declaration) === undefined) ||
      // only logged, counted or written (`this.processed++; metrics.gauge('n', this.processed)`): it shapes no answer
      read.nodes.every((n) => shapesNoAnswer(ctx, n) || isWriteOnly(ctx, n))
    )
      continue;
    else if (
      !isServiceType(ctx, ctx.checker.getTypeAtLocation(read.declaration)) ||
      configuredClient(ctx, read, site.classNode) !== undefined ||
      // made with the machine's own settings (`money = new Intl.NumberFormat()`: its default locale)
      madeByProcess(ctx, read.declaration) !== undefined
    )
      undecided.push(read);
  }
  // a body that asks a client the class configures itself (`new Stripe(cfg.key)`) is keyed by the
  // instance's identity, the class's `@cacheKey` fields, read by the body or not
  if (reads.some((r) => builtFromConfiguration(ctx, r) !== undefined)) {
    for (const name of identityFields(ctx, site.classNode))
      if (!decided.some((d) => d.name === name)) decided.push({ name, decision: 'include', reason: '' });
  }
  return { decided, contradictory, undecided, strip };
}

function isMemberOf(declaration: { parent: unknown }, cls: unknown): boolean {
  const parent = declaration.parent as { parent?: unknown };
  return parent === cls || parent.parent === cls;
}
