const UNITS: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** A TTL in milliseconds, or a string such as `'90s'`, `'15m'`, `'12h'`, `'30d'`, `'2w'`. */
export type Ttl = number | `${number}${'ms' | 's' | 'm' | 'h' | 'd' | 'w'}`;

/** Milliseconds for a TTL option; `undefined` means entries never expire. */
export function parseTtl(ttl: Ttl | undefined, where: string): number | undefined {
  if (ttl === undefined) return undefined;
  if (typeof ttl === 'number') {
    if (Number.isFinite(ttl) && ttl > 0) return ttl;
  } else {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/.exec(ttl);
    if (match) return Number(match[1]) * UNITS[match[2]!]!;
  }
  throw new TypeError(
    `${where}: ttl ${JSON.stringify(ttl)} is not a duration. ` +
      `Use a positive number of milliseconds or a string such as '90s', '15m', '12h', '30d'.`,
  );
}
