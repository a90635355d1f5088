import type { RecentMiss } from 'keyproof/store';
import { shortDigest, time } from '../format-values.js';
import type { EntryView, MethodSummary } from '../summarise-store.js';

/** One recent miss and, for a new key, the stored entry of the method nearest to it. */
export interface MissView extends RecentMiss {
  readonly nearest?: { readonly digest: string; readonly version: string; readonly differs: readonly string[] };
}

/**
 * The method's recent misses, newest first. For a miss of a new key, the nearest entry (the
 * most equal field digests) among those still stored that were written before the miss, and
 * the fields whose digests differ: the properties of a field rather than the field, when they
 * say more. Computed now, not at miss time: an entry removed since the miss is not compared.
 */
export function recentMisses(method: MethodSummary, entries: readonly EntryView[]): MissView[] {
  const misses = [...(method.record?.keySketch?.recentMisses ?? [])].reverse();
  return misses.map((miss) => {
    if (miss.reason !== 'new') return miss;
    let best: { entry: EntryView; same: number } | undefined;
    for (const entry of entries) {
      if (!entry.fields || entry.digest === miss.digest || entry.createdAt > miss.at) continue; // only what the store held then
      const same = Object.entries(miss.fields).filter(([path, d]) => entry.fields![path] === d).length;
      if (!best || same > best.same) best = { entry, same };
    }
    if (!best) return miss;
    const theirs = best.entry.fields!;
    const differs = Object.keys(miss.fields).filter((path) => theirs[path] !== miss.fields[path]);
    // `req` differs because `req.colors` does: name the property
    const leaves = differs.filter((path) => !differs.some((other) => other !== path && other.startsWith(`${path}.`)));
    return { ...miss, nearest: { digest: best.entry.digest, version: best.entry.version, differs: leaves } };
  });
}

export function missText(misses: readonly MissView[], limit: number): string[] {
  if (misses.length === 0) return ['', 'No misses recorded (misses are recorded while keyWatch is on).'];
  const lines = ['', `Recent misses (${Math.min(limit, misses.length)} of ${misses.length}, newest first):`];
  for (const m of misses.slice(0, limit)) {
    const reason = m.reason === 'new' ? 'new key' : m.reason.replace('-', ' ');
    let line = `  ${time(m.at)}  ${shortDigest(m.digest)}  ${reason} (version ${m.version})`;
    if (m.nearest) {
      const what =
        m.nearest.differs.length === 0
          ? 'no field differs (another plan or version?)'
          : `differs in: ${m.nearest.differs.map((f) => `\`${f}\``).join(', ')}`;
      line += `; nearest entry still stored ${shortDigest(m.nearest.digest)} (version ${m.nearest.version}) ${what}`;
    } else if (m.reason === 'new') {
      line += '; no entry written before it is still stored to compare with';
    }
    lines.push(line);
  }
  return lines;
}
