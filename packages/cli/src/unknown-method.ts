import { CliError } from './cli-error.js';

/** "No method X": with the closest known ids first, so a typo is one copy-paste away. */
export function unknownMethod(id: string, known: readonly string[], storeLabel: string): CliError {
  if (known.length === 0) {
    return new CliError(
      `no method ${JSON.stringify(id)} in ${storeLabel}: the store has no keyproof methods at all.\n` +
        `Methods appear after the app has made a memoised call against this store (counters are written within a second).`,
    );
  }
  const ranked = [...known].sort((a, b) => distance(id, a) - distance(id, b) || a.localeCompare(b));
  const best = ranked[0]!;
  const close = distance(id.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(best.length / 3));
  return new CliError(
    `no method ${JSON.stringify(id)} in ${storeLabel}.` +
      (close ? ` Did you mean ${JSON.stringify(best)}?` : '') +
      `\nKnown methods: ${ranked.join(', ')}.\nIds are \`Class.method\` (or the memoize({ id }) option); they are case-sensitive.`,
  );
}

/** Levenshtein distance. Ids are short, the quadratic table is fine. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
