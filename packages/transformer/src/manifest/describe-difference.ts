import type { Difference } from './compare-manifests';

/** What a message may add about the store and the program. */
export interface CostContext {
  /** Entries the store holds for a method's version, when a store was read. */
  readonly entriesOf?: (id: string, version: string) => number | undefined;
  /** The method's `ttl` option as written, when the method is still in the program. */
  readonly ttlOf?: (id: string) => string | undefined;
  /** The manifest's file name, for "record it" hints. */
  readonly manifestName: string;
  /** False to leave out "Record it with `keyproof keys`" (a review comment, `--diff`). */
  readonly recordHint?: boolean;
}

/**
 * One line per difference: the method, what changed, what it costs in the cache (orphaned
 * entries, stale answers) and what to do.
 */
export function describeDifference(d: Difference, ctx: CostContext): string {
  const record = ctx.recordHint === false ? '' : ` Record it with \`keyproof keys\` (rewrites ${ctx.manifestName}).`;
  switch (d.kind) {
    case 'added':
      return `${d.id}: new memoised method, not in ${ctx.manifestName} — no entries exist for it yet, nothing is lost.${record}`;
    case 'removed': {
      const n = ctx.entriesOf?.(d.id, d.recorded.version);
      const entries = n === undefined ? 'its entries are' : `its ${count(n)} ${n === 1 ? 'entry is' : 'entries are'}`;
      return (
        `${d.id}: in ${ctx.manifestName} but no longer in the program (removed, or its id changed) — ${entries} never read again ` +
        `(\`keyproof clear --method ${d.id}\` frees them).${record}`
      );
    }
    case 'key':
      return `${d.id}: key ${d.changes.join(', ')} — ${orphaned(ctx, d.id, d.recorded.version)}.${record}`;
    case 'version':
      return (
        `${d.id}: version \`${d.recorded.version}\` → \`${d.entry.version}\` — ${orphaned(ctx, d.id, d.recorded.version)}, ` +
        `as intended when the answers change.${record}`
      );
    case 'body': {
      const what = `body changed (${d.changes.join('; ')})`;
      if (d.accepted !== undefined) {
        return `${d.id}: ${what} under version \`${d.entry.version}\`: accepted by ${d.accepted.by} at ${d.accepted.at} — cached answers from the old body stay in use.`;
      }
      const until = servedUntil(ctx, d.id);
      return (
        `${d.id}: ${what} but version \`${d.entry.version}\` did not — cached answers from the old body will be served ${until}. ` +
        `Bump version, or accept with \`keyproof keys --accept ${d.id}\``
      );
    }
    case 'tags': {
      const until = servedUntil(ctx, d.id);
      return (
        `${d.id}: ${d.changes.join(', ')} — entries stored before this build carry the old tags, so invalidating a new or changed tag does not drop them: ` +
        `they are served ${until}. Bump version (or \`keyproof clear --method ${d.id}\` on deploy) when they must answer to the new tags.${record}`
      );
    }
    case 'description':
      return `${d.id}: ${d.changes.join('; ')} — no entries affected.${record}`;
  }
}

function orphaned(ctx: CostContext, id: string, version: string): string {
  const n = ctx.entriesOf?.(id, version);
  return n === undefined
    ? 'every existing entry is orphaned on deploy'
    : `every existing entry (${count(n)} in the last \`keyproof stats\`) is orphaned on deploy`;
}

/** How long a method's stale entries are still served: its ttl, else until they are cleared. */
function servedUntil(ctx: CostContext, id: string): string {
  const ttl = ctx.ttlOf?.(id);
  return ttl === undefined
    ? 'for as long as they are kept (no ttl: until `keyproof clear`)'
    : `until they expire (ttl ${ttl})`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
