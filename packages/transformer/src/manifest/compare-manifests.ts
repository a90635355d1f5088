import { canonical } from './canonical-json';
import type { Acceptance, Manifest, MethodEntry, RecordedField, RecordedTag } from './manifest-types';
import { SELF_PART } from './collect-parts';

/** One way a method differs between the recorded manifest and the program. */
export type Difference =
  | { readonly kind: 'added'; readonly id: string; readonly entry: MethodEntry }
  | { readonly kind: 'removed'; readonly id: string; readonly recorded: MethodEntry }
  /** The plan signature changed: no old entry is read again. */
  | {
      readonly kind: 'key';
      readonly id: string;
      readonly changes: readonly string[];
      readonly recorded: MethodEntry;
      readonly entry: MethodEntry;
    }
  | { readonly kind: 'version'; readonly id: string; readonly recorded: MethodEntry; readonly entry: MethodEntry }
  /** The body (or code it reaches) changed under the same version and the same key. */
  | {
      readonly kind: 'body';
      readonly id: string;
      readonly changes: readonly string[];
      readonly recorded: MethodEntry;
      readonly entry: MethodEntry;
      readonly accepted: Acceptance | undefined;
    }
  /** The declared tags changed under the same key and version: entries stored before carry the old tags. */
  | {
      readonly kind: 'tags';
      readonly id: string;
      readonly changes: readonly string[];
      readonly recorded: MethodEntry;
      readonly entry: MethodEntry;
    }
  /** Recorded facts that do not touch any entry: the file, an exclusion's reason. */
  | {
      readonly kind: 'description';
      readonly id: string;
      readonly changes: readonly string[];
      readonly recorded: MethodEntry;
      readonly entry: MethodEntry;
    };

/**
 * Every difference between a recorded manifest and a newer one, per method, in id order. A
 * body change is reported only when neither the key nor the version changed: otherwise no
 * entry written by the old body can be read again.
 */
export function compareManifests(recorded: Manifest, current: Manifest): Difference[] {
  const ids = [...new Set([...Object.keys(recorded.methods), ...Object.keys(current.methods)])].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const differences: Difference[] = [];
  for (const id of ids) {
    const before = recorded.methods[id];
    const after = current.methods[id];
    if (before === undefined) differences.push({ kind: 'added', id, entry: after! });
    else if (after === undefined) differences.push({ kind: 'removed', id, recorded: before });
    else differences.push(...compareEntry(id, before, after));
  }
  return differences;
}

function compareEntry(id: string, before: MethodEntry, after: MethodEntry): Difference[] {
  const differences: Difference[] = [];
  const keyChanged = before.signature !== after.signature;
  if (keyChanged)
    differences.push({ kind: 'key', id, changes: keyChanges(before, after), recorded: before, entry: after });
  if (before.version !== after.version) differences.push({ kind: 'version', id, recorded: before, entry: after });
  if (!keyChanged && before.version === after.version && before.body.fingerprint !== after.body.fingerprint) {
    const accepted =
      after.accepted !== undefined &&
      after.accepted.to === after.body.fingerprint &&
      after.accepted.version === after.version
        ? after.accepted
        : undefined;
    differences.push({
      kind: 'body',
      id,
      changes: bodyChanges(before, after),
      recorded: before,
      entry: after,
      accepted,
    });
  }
  const tagged = keyChanged || before.version !== after.version ? [] : tagChanges(before.tags ?? [], after.tags ?? []);
  if (tagged.length > 0) differences.push({ kind: 'tags', id, changes: tagged, recorded: before, entry: after });
  const described = keyChanged ? [] : descriptionChanges(before, after);
  if (before.source !== after.source) described.unshift(`moved from ${before.source} to ${after.source}`);
  if (described.length > 0)
    differences.push({ kind: 'description', id, changes: described, recorded: before, entry: after });
  return differences;
}

/**
 * `declares tag \`team(teamId)\``, `no longer declares tag \`user(userId)\``: by name and parts
 * (a tag whose parts changed is both). Under a new key or version no old entry is read again,
 * so only then do tag changes not matter.
 */
function tagChanges(before: readonly RecordedTag[], after: readonly RecordedTag[]): string[] {
  const text = (t: RecordedTag): string => `\`${t.name}(${t.parts.map(partText).join(', ')})\``;
  const old = new Set(before.map(text));
  const now = new Set(after.map(text));
  return [
    ...[...now].filter((t) => !old.has(t)).map((t) => `declares tag ${t}`),
    ...[...old].filter((t) => !now.has(t)).map((t) => `no longer declares tag ${t}`),
  ];
}

function partText(part: RecordedField): string {
  if (typeof part['field'] === 'string') return part['field'];
  if (part['constant'] !== undefined) return JSON.stringify(part['constant']);
  return typeof part['expression'] === 'string' ? part['expression'] : JSON.stringify(part);
}

/** `gains field \`style\``, `loses field \`jobId\` (now excluded: unique per run)`, … */
function keyChanges(before: MethodEntry, after: MethodEntry): string[] {
  const changes: string[] = [];
  const old = byName(before.key);
  const now = byName(after.key);
  const excludedNow = byName(after.excluded);
  const excludedBefore = byName(before.excluded);
  for (const [name, field] of now) {
    const was = old.get(name);
    if (was === undefined) {
      const reason = excludedBefore.get(name)?.['reason'];
      changes.push(`gains field \`${name}\`${typeof reason === 'string' ? ` (was excluded: ${reason})` : ''}`);
      continue;
    }
    changes.push(...fieldChanges(name, was, field));
  }
  for (const name of old.keys()) {
    if (now.has(name)) continue;
    const reason = excludedNow.get(name)?.['reason'];
    changes.push(`loses field \`${name}\`${typeof reason === 'string' ? ` (now excluded: ${reason})` : ''}`);
  }
  if (changes.length === 0) changes.push(`changes its plan (signature ${before.signature} → ${after.signature})`);
  return changes;
}

function fieldChanges(name: string, was: RecordedField, now: RecordedField): string[] {
  const changes: string[] = [];
  const show = (v: unknown): string =>
    v === undefined ? 'none' : Array.isArray(v) ? v.map((x) => `\`${String(x)}\``).join(', ') : `\`${String(v)}\``;
  if (same(was['normalize'], now['normalize'])) {
    // unchanged
  } else changes.push(`field \`${name}\` changes normaliser (${show(was['normalize'])} → ${show(now['normalize'])})`);
  if (!same(was['pick'], now['pick']))
    changes.push(
      `field \`${name}\` changes picked paths (${was['pick'] === undefined ? 'whole value' : show(was['pick'])} → ${now['pick'] === undefined ? 'whole value' : show(now['pick'])})`,
    );
  if (!same(was['omit'], now['omit']))
    changes.push(`field \`${name}\` changes omitted paths (${show(was['omit'])} → ${show(now['omit'])})`);
  if (!same(was['index'], now['index']))
    changes.push(`field \`${name}\` moves from parameter ${String(was['index'])} to ${String(now['index'])}`);
  const known = new Set(['name', 'index', 'normalize', 'pick', 'omit']);
  const extra = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter(
    (k) => !known.has(k) && !same(was[k], now[k]),
  );
  for (const k of extra)
    changes.push(
      `field \`${name}\` changes ${k} (${JSON.stringify(was[k] ?? null)} → ${JSON.stringify(now[k] ?? null)})`,
    );
  return changes;
}

function descriptionChanges(before: MethodEntry, after: MethodEntry): string[] {
  const changes: string[] = [];
  const old = byName(before.excluded);
  const now = byName(after.excluded);
  for (const [name, e] of now) {
    const was = old.get(name);
    if (was === undefined) changes.push(`now records \`${name}\` as excluded`);
    else if (!same(was, e)) changes.push(`exclusion of \`${name}\` changes ${changedKeys(was, e)}`);
  }
  for (const name of old.keys()) if (!now.has(name)) changes.push(`no longer records \`${name}\` as excluded`);
  if (!same(before.key, after.key)) changes.push('key fields are described differently (same plan signature)');
  return changes;
}

/** `reason "a" → "b", kind "x" → "y"`: only what differs. */
function changedKeys(was: RecordedField, now: RecordedField): string {
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter(
    (k) => k !== 'name' && !same(was[k], now[k]),
  );
  return keys.map((k) => `${k} ${JSON.stringify(was[k] ?? null)} → ${JSON.stringify(now[k] ?? null)}`).join(', ');
}

/** Which parts of the body changed, and whether code or only literal text. */
function bodyChanges(before: MethodEntry, after: MethodEntry): string[] {
  const changes: string[] = [];
  const names = [...new Set([...Object.keys(before.body.parts), ...Object.keys(after.body.parts)])].sort((a, b) =>
    a === SELF_PART ? -1 : b === SELF_PART ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  for (const name of names) {
    const was = before.body.parts[name];
    const now = after.body.parts[name];
    const what = name === SELF_PART ? 'the method body' : `\`${name}\``;
    if (was === undefined) changes.push(`now reaches ${what}`);
    else if (now === undefined) changes.push(`no longer reaches ${what}`);
    else if (was.code !== now.code) changes.push(`code of ${what}`);
    else if (was.text !== now.text) changes.push(`literal text in ${what}`);
  }
  if (changes.length === 0) changes.push('fingerprint differs');
  return changes;
}

function byName(fields: readonly RecordedField[]): Map<string, RecordedField> {
  return new Map(fields.map((f) => [String(f['name']), f]));
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a ?? null)) === JSON.stringify(canonical(b ?? null));
}
