/**
 * Money without a currency (the `cost` option has none): at least 2 decimals, up to 4 when
 * they matter (API prices are often fractions of a cent): 0.04, 0.092, 0.002, 12.50.
 */
export function money(n: number): string {
  return n.toFixed(4).replace(/0{1,2}$/, '');
}

export function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** ISO time to the second, UTC: sortable and unambiguous in logs. */
export function time(ms: number | null): string {
  if (ms === null) return '-';
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

/** A digest short enough for a table, long enough to tell entries apart. */
export function shortDigest(digest: string): string {
  return digest.slice(0, 12);
}

/** `1 hit`, `2 hits`, `1 entry`, `3 entries`. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
