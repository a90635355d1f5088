// The same generated corpus as packages/runtime/test/support/password-corpus.ts (a package's tests
// compile within the package, so each keeps its copy; keep them in step).
/**
 * Generated store passwords, as password managers and cloud consoles make them: printable
 * ASCII including the characters that break URL parsing (`/ ? # @ : % &`), from a seeded
 * generator (the same corpus every run), and the URLs they end up in.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/?#@:%&=+!$*(),;~.-_[]{}|^`\'"<>\\';

function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function passwords(count: number, seed = 19): string[] {
  const next = generator(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 10 + Math.floor(next() * 30);
    let p = '';
    for (let j = 0; j < length; j++) p += ALPHABET[Math.floor(next() * ALPHABET.length)];
    // every few, force the troublesome characters in
    if (i % 4 === 0) p = `${p.slice(0, 3)}/${p.slice(3, 6)}?${p.slice(6)}`;
    if (i % 5 === 0) p = `${p.slice(0, 4)}@${p.slice(4, 8)}/${p.slice(8)}#x`;
    out.push(p);
  }
  return out;
}

const SHAPES = [
  (p: string) => `redis://:${p}@cache.internal:6379/0`,
  (p: string) => `redis://default:${p}@cache.internal:6379`,
  (p: string) => `rediss://app:${p}@cache.example.com:6380`,
  (p: string) => `postgres://app_user:${p}@db.internal:5432/cache?sslmode=require`,
  (p: string) => `postgresql://app:${p}@db.internal/cache`,
];

/** Each password in each URL shape. */
export function passwordUrls(count: number): Array<{ password: string; url: string }> {
  return passwords(count).flatMap((password) => SHAPES.map((shape) => ({ password, url: shape(password) })));
}

/** Pieces of the password (8 characters long) that do not occur in the URL elsewhere: none may be printed. */
export function leakedPieces(printed: string, password: string, url: string): string[] {
  const rest = url.replace(password, '');
  const pieces: string[] = [];
  for (let i = 0; i + 8 <= password.length; i++) {
    const piece = password.slice(i, i + 8);
    if (!rest.includes(piece) && printed.includes(piece)) pieces.push(piece);
  }
  if (printed.includes(password)) pieces.push(password);
  return pieces;
}
