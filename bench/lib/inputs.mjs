/** The argument tuples every key and call benchmark uses (fixed, so runs are comparable). */
import { createHash } from 'node:crypto';

const contentHash = createHash('sha256').update('logo source bytes').digest('hex'); // 64 hex

/** mode, name, options, colours, sourceHash: the typical argument tuple. */
export function tuple(extra = '') {
  return [
    'dark',
    `Acme Analytics${extra}`,
    { size: 512, format: 'png', transparent: true },
    ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728'],
    contentHash,
  ];
}
export const TUPLE_NAMES = ['mode', 'name', 'options', 'colors', 'sourceHash'];

export const MiB = new Uint8Array(1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);

const words =
  'a minimalist geometric logo for a data analytics company, flat colours, no gradients, centred mark above the wordmark';
export const PROMPT = `${words}, `.repeat(Math.ceil(2048 / (words.length + 2))).slice(0, 2048); // 2 KB

/** What the memoised method returns: small, typical. */
export const RESULT = {
  url: 'https://cdn.example.com/logos/acme-dark-512.png',
  width: 512,
  height: 512,
  colors: ['#1f77b4', '#ff7f0e'],
  createdAt: 1735689600000,
};
