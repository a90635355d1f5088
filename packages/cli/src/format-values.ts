/**
 * Money without a currency (the `cost` option has none): at least 2 decimals, up to 4 when
 * they matter (API prices are often fractions of a cent): 0.04, 0.092, 0.002, 12.50.
 */
export function money(n: number): string {
  return n.toFixed(4).replace(/0{1,2}$/, '');
}

/**
 * Money for one report: every amount with the same number of decimals (2, or up to 4 when an
 * amount needs them: API prices are often fractions of a cent), so a column lines up and
 * 0.04 is never printed next to 0.006 as if they were of another precision. With a
 * `currency` (ISO 4217, `--currency` or KEYPROOF_CURRENCY) it is shown the way that
 * currency is written: `$0.040`, `€1.50`.
 */
export function moneyFormat(amounts: readonly number[], currency?: string): (n: number) => string {
  const decimals = Math.max(2, ...amounts.map((n) => money(n).split('.')[1]?.length ?? 0));
  if (currency === undefined) return (n) => n.toFixed(decimals);
  const format = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return (n) => format.format(n);
}

/** A currency code the CLI can print, or a usage problem (undefined: none given). */
export function currencyCode(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  const code = raw.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !Intl.supportedValuesOf('currency').includes(code)) {
    throw new RangeError(`"${raw}" is not an ISO 4217 currency code (USD, EUR, GBP, JPY, …)`);
  }
  return code;
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
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
}

/** A digest short enough for a table, long enough to tell entries apart. */
export function shortDigest(digest: string): string {
  return digest.slice(0, 12);
}

/** `1 hit`, `2 hits`, `1 entry`, `3 entries`. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
