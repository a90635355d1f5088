import type * as Transformer from '@keyproof/transformer';
import type { StatsSnapshot } from '../stats-snapshot.js';
import { priceChange, type Price } from './price-change.js';

/** Where a method is declared, for annotations (null for a method that is gone). */
export interface Place {
  readonly file: string;
  readonly line: number;
}

export interface MethodReview {
  readonly id: string;
  /** The manifest the method is recorded in (relative to the working directory). */
  readonly manifest: string;
  readonly place: Place | null;
  /** Every difference from the base, one sentence each (what changed, what it costs, what to do). */
  readonly changes: readonly { readonly kind: Transformer.Difference['kind']; readonly message: string }[];
  /** Exclusions the key gained since the base, with their reasons (and the key field that captures the value, when said). */
  readonly exclusionsAdded: readonly {
    readonly name: string;
    readonly reason: string | null;
    readonly capturedBy: string | null;
  }[];
  /** The parts of a changed body (not the method's own) that changed, where they are: annotated too. */
  readonly changedParts: readonly {
    readonly part: string;
    readonly change: 'code' | 'literal text' | 'now reached';
    readonly place: Place | null;
  }[];
  /** Priced when the key or the version changed and a snapshot was given (a removed method recomputes nothing). */
  readonly price: Price | null;
  /** The snapshot was given but does not know this method. */
  readonly unpriced: boolean;
  readonly respendAccepted: { readonly by: string; readonly at: string } | null;
  /** Why this method fails the review, or null. */
  readonly failure: { readonly kind: 'body-changed' | 'over-budget'; readonly message: string } | null;
}

export interface ReviewInput {
  readonly base: Transformer.Manifest;
  /** The program's manifest, with the recorded acceptances that still apply. */
  readonly current: Transformer.Manifest;
  readonly differences: readonly Transformer.Difference[];
  readonly describe: (d: Transformer.Difference) => string;
  readonly planIdentity: (entry: Transformer.MethodEntry) => string;
  readonly placeOf: (id: string) => Place | null;
  /** Where a body part (`src/prompt.ts#buildPrompt`) is declared in the program. */
  readonly partPlace: (part: string) => Place | null;
  readonly manifest: string;
  readonly ref: string;
  readonly snapshot: StatsSnapshot | undefined;
  readonly maxRespend: number | undefined;
}

/** One review per method that differs from the base, in id order. Pure. */
export function reviewMethods(input: ReviewInput): MethodReview[] {
  const ids = [...new Set(input.differences.map((d) => d.id))];
  return ids.map((id) =>
    reviewMethod(
      id,
      input.differences.filter((d) => d.id === id),
      input,
    ),
  );
}

function reviewMethod(id: string, differences: readonly Transformer.Difference[], input: ReviewInput): MethodReview {
  const before = input.base.methods[id];
  const after = input.current.methods[id];
  const orphaning = differences.some((d) => d.kind === 'key' || d.kind === 'version');
  const price =
    orphaning && before !== undefined && input.snapshot !== undefined
      ? (priceChange(input.snapshot, id, before.version) ?? null)
      : null;
  const accepted = after?.respendAccepted;
  const respendAccepted =
    accepted !== undefined && before !== undefined && accepted.from === input.planIdentity(before)
      ? { by: accepted.by, at: accepted.at }
      : null;
  const body = differences.find(
    (d): d is Extract<Transformer.Difference, { kind: 'body' }> => d.kind === 'body' && d.accepted === undefined,
  );
  return {
    id,
    manifest: input.manifest,
    place: input.placeOf(id),
    changes: differences.map((d) => ({ kind: d.kind, message: input.describe(d) })),
    exclusionsAdded: exclusionsAdded(before, after),
    changedParts: differences.flatMap((d) =>
      d.kind === 'body' ? changedParts(d.recorded, d.entry, input.partPlace) : [],
    ),
    price,
    unpriced: orphaning && before !== undefined && input.snapshot !== undefined && price === null,
    respendAccepted,
    failure: body
      ? { kind: 'body-changed', message: input.describe(body) }
      : overBudget(id, price, respendAccepted === null, input),
  };
}

function overBudget(id: string, price: Price | null, unaccepted: boolean, input: ReviewInput): MethodReview['failure'] {
  if (input.maxRespend === undefined || price === null || !unaccepted || price.respend <= input.maxRespend) return null;
  return {
    kind: 'over-budget',
    message:
      `${id}: expected re-spend ${price.respend} exceeds --max-respend ${input.maxRespend}: ${price.askedAgain} of the ${price.orphaned} entries of version ` +
      `\`${price.version}\` it orphans were asked for again (last \`keyproof stats\` snapshot), × cost ${price.cost}. ` +
      `If the change is worth it, accept it with \`keyproof keys --accept ${id} --base ${input.ref}\` and commit ${input.manifest}.`,
  };
}

function changedParts(
  before: Transformer.MethodEntry,
  after: Transformer.MethodEntry,
  placeOf: ReviewInput['partPlace'],
): MethodReview['changedParts'] {
  const out: Array<MethodReview['changedParts'][number]> = [];
  for (const [part, now] of Object.entries(after.body.parts)) {
    if (part === '(body)') continue;
    const was = before.body.parts[part];
    const change =
      was === undefined
        ? 'now reached'
        : was.code !== now.code
          ? 'code'
          : was.text !== now.text
            ? 'literal text'
            : undefined;
    if (change !== undefined) out.push({ part, change, place: placeOf(part) });
  }
  return out;
}

function exclusionsAdded(
  before: Transformer.MethodEntry | undefined,
  after: Transformer.MethodEntry | undefined,
): MethodReview['exclusionsAdded'] {
  if (after === undefined) return [];
  const had = new Set((before?.excluded ?? []).map((e) => String(e['name'])));
  return after.excluded
    .filter((e) => !had.has(String(e['name'])))
    .map((e) => {
      const reason = typeof e['reason'] === 'string' ? e['reason'] : null;
      const capturedBy =
        typeof e['capturedBy'] === 'string'
          ? e['capturedBy']
          : (/\bcaptured-by\s+([\w$.]+)/.exec(reason ?? '')?.[1] ?? null);
      return { name: String(e['name']), reason, capturedBy };
    });
}
