import type Keyv from 'keyv';
import type { MethodInfo } from '../records.js';
import { methodKey } from '../store/store-keys.js';
import { UnreadableRecord } from '../store/unreadable-record.js';
import { MAX_PATHS, mergeStoredSketches, readStoredSketch, type StoredKeySketch } from './diagnose-keys.js';

/** What a method record holds beside its description (its key sketch): kept when the description is rewritten. */
function readOld(old: unknown): StoredKeySketch | undefined {
  if (!old || typeof old !== 'object' || old instanceof UnreadableRecord) return undefined;
  return readStoredSketch((old as Record<string, unknown>).keySketch);
}

/** Versions a method record remembers (newest last): where a miss looks for "other version". */
const MAX_VERSIONS = 8;

/** Plan signatures a method record remembers per version: where a miss looks for "other plan". */
const MAX_PLANS = 4;

/**
 * Write a method's description (`~method:{id}`), keeping its key sketch, the
 * versions seen and, per version, the plan signatures it was described under (`plans`:
 * version → signature → when last described).
 */
export async function describeMethod(keyv: Keyv, info: MethodInfo): Promise<void> {
  const old = await keyv.get<Record<string, unknown>>(methodKey(info.id));
  const keySketch = readOld(old);
  const seen =
    old && Array.isArray(old.versions)
      ? old.versions.filter((v): v is string => typeof v === 'string' && v !== info.version)
      : [];
  const versions = [...seen, info.version].slice(-MAX_VERSIONS);
  const now = Date.now();
  const plans = keptPlans(old, versions, info.version, info.plan.signature, now);
  await keyv.set(methodKey(info.id), { ...info, versions, plans, ...(keySketch ? { keySketch } : {}), updatedAt: now });
}

/** The record's `plans` for the versions still listed, with this version's signature described now. */
function keptPlans(
  old: unknown,
  versions: readonly string[],
  version: string,
  signature: string,
  now: number,
): Record<string, Record<string, number>> {
  const before = readPlans(old);
  const plans: Record<string, Record<string, number>> = {};
  for (const v of versions) {
    const signatures = Object.entries(before[v] ?? {}).filter(([s]) => v !== version || s !== signature);
    if (v === version) signatures.push([signature, now]);
    if (signatures.length > 0) plans[v] = Object.fromEntries(signatures.slice(-MAX_PLANS));
  }
  return plans;
}

/** A method record's `plans` (version → signature → when last described), what of it is well formed. */
export function readPlans(record: unknown): Record<string, Record<string, number>> {
  const raw = record && typeof record === 'object' ? (record as Record<string, unknown>).plans : undefined;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const plans: Record<string, Record<string, number>> = {};
  for (const [v, signatures] of Object.entries(raw as Record<string, unknown>)) {
    if (!signatures || typeof signatures !== 'object' || Array.isArray(signatures)) continue;
    const kept = Object.entries(signatures as Record<string, unknown>).filter(
      (e): e is [string, number] => typeof e[1] === 'number',
    );
    if (kept.length > 0) plans[v] = Object.fromEntries(kept);
  }
  return plans;
}

/**
 * Merge this process's key sketch into the method's record (register-wise maximum, so the
 * order of processes does not matter). A read-merge-write: two processes writing at the same
 * moment can drop one's newest registers, which come back with its next change.
 */
export async function mergeKeySketch(keyv: Keyv, id: string, mine: StoredKeySketch): Promise<void> {
  const old = await keyv.get<Record<string, unknown>>(methodKey(id));
  if (!old || typeof old !== 'object' || old instanceof UnreadableRecord) return; // described first, in the same flush
  await keyv.set(methodKey(id), {
    ...old,
    keySketch: mergeStoredSketches(readStoredSketch(old.keySketch), mine, MAX_PATHS),
  });
}
