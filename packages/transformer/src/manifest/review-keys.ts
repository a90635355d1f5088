import { compareManifests, type Difference } from './compare-manifests';
import { planIdentity, type Acceptance, type Manifest, type MethodEntry } from './manifest-types';

/** `keyproof keys --accept ID…`: who accepts, when. */
export interface AcceptRequest {
  readonly ids: readonly string[];
  readonly by: string;
  readonly at: string;
  /**
   * The manifest a key or version change is measured from (the one at the review's base
   * ref); default the recorded one. An accepted id whose plan differs from it gets a
   * `respendAccepted` record.
   */
  readonly base?: Manifest;
}

export interface Review {
  /** Recorded manifest against the program, per method (accepted body changes marked). */
  readonly differences: readonly Difference[];
  /**
   * What `keyproof keys` writes: the program's manifest, except that a body change under an
   * unchanged version and key keeps its recorded fingerprint until it is accepted or the
   * version is bumped, so the frozen check keeps failing until a person decides.
   */
  readonly next: Manifest;
  /** Ids whose body change was left unrecorded (neither bumped nor accepted). */
  readonly unresolved: readonly string[];
  /** `--accept` ids with nothing to accept, and why. */
  readonly refused: readonly { readonly id: string; readonly why: string }[];
}

/**
 * The program's manifest with the recorded acceptances that still apply (same version, same
 * body fingerprint): what the frozen check compares the recorded manifest with.
 */
export function reconcile(current: Manifest, recorded: Manifest | undefined): Manifest {
  if (recorded === undefined) return current;
  const methods: Record<string, MethodEntry> = {};
  for (const [id, entry] of Object.entries(current.methods)) {
    const accepted = recorded.methods[id]?.accepted;
    const applies =
      accepted !== undefined && accepted.to === entry.body.fingerprint && accepted.version === entry.version;
    const respend = recorded.methods[id]?.respendAccepted;
    const respendApplies = respend !== undefined && respend.to === planIdentity(entry);
    methods[id] = {
      ...entry,
      ...(applies ? { accepted } : {}),
      ...(respendApplies ? { respendAccepted: respend } : {}),
    };
  }
  return { ...current, methods };
}

/** Compare, apply `--accept`, and decide what to write. Pure. */
export function reviewKeys(current: Manifest, recorded: Manifest | undefined, accept?: AcceptRequest): Review {
  const reconciled = reconcile(current, recorded);
  if (recorded === undefined) {
    const refused = (accept?.ids ?? []).map((id) => ({
      id,
      why: 'there is no recorded manifest yet, so no body change to accept',
    }));
    return {
      differences: compareManifests({ ...current, methods: {} }, current),
      next: current,
      unresolved: [],
      refused,
    };
  }
  const methods: Record<string, MethodEntry> = { ...reconciled.methods };
  const differences: Difference[] = [];
  const unresolved: string[] = [];
  const acceptIds = new Set(accept?.ids ?? []);
  const accepted = new Set<string>();
  for (const d of compareManifests(recorded, reconciled)) {
    if (d.kind !== 'body' || d.accepted !== undefined) {
      differences.push(d);
      continue;
    }
    if (accept !== undefined && acceptIds.has(d.id)) {
      const acceptance: Acceptance = {
        by: accept.by,
        at: accept.at,
        version: d.entry.version,
        from: d.recorded.body.fingerprint,
        to: d.entry.body.fingerprint,
      };
      methods[d.id] = { ...d.entry, accepted: acceptance };
      accepted.add(d.id);
      differences.push({ ...d, entry: methods[d.id]!, accepted: acceptance });
      continue;
    }
    const { accepted: _stale, ...fresh } = d.entry;
    methods[d.id] = {
      ...fresh,
      body: d.recorded.body,
      ...(d.recorded.accepted !== undefined ? { accepted: d.recorded.accepted } : {}),
    };
    unresolved.push(d.id);
    differences.push(d);
  }
  for (const id of acceptIds) {
    const before = (accept?.base ?? recorded).methods[id];
    const after = methods[id];
    if (accepted.has(id) || before === undefined || after === undefined || planIdentity(before) === planIdentity(after))
      continue;
    methods[id] = {
      ...after,
      respendAccepted: { by: accept!.by, at: accept!.at, from: planIdentity(before), to: planIdentity(after) },
    };
    accepted.add(id);
  }
  const refused = [...acceptIds]
    .filter((id) => !accepted.has(id))
    .map((id) => ({ id, why: whyNothingToAccept(id, recorded, current) }));
  return { differences, next: { ...current, methods }, unresolved, refused };
}

function whyNothingToAccept(id: string, recorded: Manifest, current: Manifest): string {
  const before = recorded.methods[id];
  const after = current.methods[id];
  if (after === undefined)
    return `no memoised method has the id ${id} (ids: ${Object.keys(current.methods).join(', ') || 'none'})`;
  if (before === undefined) return `${id} is new: \`keyproof keys\` records it without an acceptance`;
  if (before.signature !== after.signature || before.version !== after.version)
    return `${id}'s key or version changed too, so no old answer can be served: nothing to accept`;
  if (before.body.fingerprint === after.body.fingerprint)
    return `${id}'s body has not changed since it was recorded: nothing to accept`;
  return `${id}'s body change is already accepted`;
}
