/**
 * Key derivation: keyproof's planned-field encoder + SHA-256 (`keyDigest`) against
 * object-hash, ohash, JSON.stringify + SHA-256, and the floor: one SHA-256 over the same
 * bytes (keyproof's exact canonical encoding, concatenated beforehand).
 */
import { createHash } from 'node:crypto';
import objectHash from 'object-hash';
import { hash as ohash } from 'ohash';
import { planSignature } from 'keyproof';
import { KEY_FORMAT, keyDigest } from 'keyproof/store';
import { compare } from '../lib/measure.mjs';
import { MiB, PROMPT, TUPLE_NAMES, tuple } from '../lib/inputs.mjs';
import { emit } from '../lib/child.mjs';

// the runtime's own encoder, reached by file (it is not part of the public API): used only
// to prepare the floor's bytes once, outside the timed loop
const { encodeKeyFields } = await import(new URL('./encode-key.js', import.meta.resolve('keyproof')).href);

function canonicalBytes(signature, values, names) {
  const chunks = [Buffer.from(`keyproof-key/${KEY_FORMAT}\0${signature}\0`, 'utf8')];
  encodeKeyFields(values, names, { update: (c) => chunks.push(Buffer.from(c)) });
  return Buffer.concat(chunks);
}

const sha = (data) => createHash('sha256').update(data).digest('hex');

const variants = [
  { name: 'tuple', values: tuple(), names: TUPLE_NAMES },
  { name: 'tuple + 1 MiB bytes', values: [...tuple(), MiB], names: [...TUPLE_NAMES, 'sourceBytes'] },
  { name: 'tuple + 2 KB prompt', values: [...tuple(), PROMPT], names: [...TUPLE_NAMES, 'prompt'] },
];

const quick = process.argv.includes('--quick');
const results = [];
const only = process.argv.find((a) => a.startsWith('--variant='))?.slice(10);
for (const v of variants.filter((x) => !only || x.name === only)) {
  const signature = planSignature(v.names.map((name, index) => ({ name, index })));
  const bytes = canonicalBytes(signature, v.values, v.names);
  // sanity: the floor hashes exactly what keyDigest hashes
  if (sha(bytes) !== keyDigest(signature, v.values, v.names))
    throw new Error('floor bytes differ from keyDigest input');
  const big = v.values.some((x) => x instanceof Uint8Array);
  const cases = [
    { name: 'floor: sha256(prepared bytes)', fn: () => sha(bytes) },
    { name: 'keyproof keyDigest', fn: () => keyDigest(signature, v.values, v.names) },
    { name: 'ohash', fn: () => ohash(v.values) },
    { name: 'JSON.stringify + sha256', fn: () => sha(JSON.stringify(v.values)) },
    { name: 'object-hash (sha256)', fn: () => objectHash(v.values, { algorithm: 'sha256' }) },
  ];
  const m = await compare(
    cases,
    big
      ? { rounds: quick ? 3 : 7, slices: 2, sliceMs: 40, warmupMs: 300 }
      : { rounds: quick ? 9 : 41, slices: 6, sliceMs: 0.5 },
  );
  results.push({
    group: `key derivation: ${v.name} (${bytes.length} B encoded)`,
    rows: cases.map((c, i) => ({ name: c.name, ...m[c.name], floor: i === 0 })),
  });
}
emit(results);
