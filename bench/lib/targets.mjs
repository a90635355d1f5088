/** The targets, checked against a run's groups: { target, value, met }. */

function find(groups, groupPrefix, rowName) {
  const g = groups.find((x) => x.group.startsWith(groupPrefix));
  return g?.rows?.find((r) => r.name === rowName);
}

/**
 * What bounds a figure that misses its target (printed under the targets): the work a call
 * cannot skip that the floor does not do.
 */
const BOUNDS = {
  keyTuple:
    "the canonical walk over the tuple's ~25 values (type tag, length, prototype and cycle checks, an own-symbol check per plain object that is a runtime call of its own, sorted keys) on top of the hash; the floor hashes bytes prepared beforehand; a hand-flattened encoder doing the same checks measures 1.9× (bench/README.md)",
  frontMemory: 'encoding the key fields (no hash), one Map lookup and a fresh copy of the value',
  storeMemory:
    'memory:// is read in process (no Keyv layer, no bounded wait) and a recently read entry is copied, not decoded; what is left is the key (canonical walk and SHA-256: the store is keyed by the digest) and the fresh copy',
  storeSqlite:
    "the store path's fixed work (key, SHA-256, decode, bookkeeping) over one SQLite read, whose time swings between runs on this shared disk",
  lsp: 'every edit makes a new program and so a new type checker (TypeScript reuses the parsed files, not the types); the analysis then asks it again for the types of the memoised methods and of the calls it resolves, which on a fresh checker means checking what they depend on',
  missMemory:
    "a miss keys the call twice (front key, then its digest), reads the entry and, for the miss reason, the entry's record, sketches one miss in 8 for the key watch (a digest per field), checks the value and serialises it (V8's format: plain data by keyproof's own writer, the rest by V8) and base64-encodes it, writes the entry and queues its record; memory:// has no lease to take; the floor is one get and one set of a shared object; without the miss reason, the key sketch and the record a miss measured 2.8× (bench/README.md)",
};

export function checkTargets(groups) {
  const out = [];
  const ratio = (label, groupPrefix, row, limit, bound) => {
    const r = find(groups, groupPrefix, row);
    if (r)
      out.push({
        target: `${label} ≤ ${limit.toFixed(2)}×`,
        value: `${r.ratio.toFixed(2)}×`,
        met: r.ratio <= limit,
        ...(bound ? { bound } : {}),
      });
  };
  // issue 24: the hit, the miss and the key at their floors
  ratio(
    'key derivation, tuple: keyDigest / floor',
    'key derivation: tuple (',
    'keyproof keyDigest',
    1.5,
    BOUNDS.keyTuple,
  );
  ratio(
    'key derivation, tuple + 1 MiB: keyDigest / floor',
    'key derivation: tuple + 1 MiB',
    'keyproof keyDigest',
    1.05,
  );
  ratio(
    'warm hit, memory, front cache: keyproof / keyv.get',
    'warm hit: memory',
    'keyproof (front cache)',
    0.8,
    BOUNDS.frontMemory,
  );
  ratio(
    'warm hit, memory, store path: keyproof / keyv.get',
    'warm hit: memory',
    'keyproof (no front cache)',
    1.2,
    BOUNDS.storeMemory,
  );
  ratio(
    'warm hit, SQLite, store path: keyproof / keyv.get',
    'warm hit: sqlite',
    'keyproof (no front cache)',
    1.2,
    BOUNDS.storeSqlite,
  );
  ratio('warm hit, SQLite, front cache: keyproof / keyv.get', 'warm hit: sqlite', 'keyproof (front cache)', 1.1);
  ratio(
    'miss, memory, no-op upstream: keyproof / (get + set)',
    'miss path: memory',
    'keyproof',
    3.0,
    BOUNDS.missMemory,
  );
  for (const kind of ['memory', 'sqlite']) {
    const r = find(groups, `warm hit: ${kind}`, 'keyproof (front cache)');
    if (r)
      out.push({
        target: `warm hit with front cache, ${kind}: ≤ 5 µs`,
        value: `${(r.ns / 1e3).toFixed(2)} µs`,
        met: r.ns <= 5e3,
      });
  }
  for (const r of groups.find((g) => g.group.startsWith('crashed lease holder'))?.rows ?? []) {
    out.push({
      target: `SIGKILLed lease holder, ${r.name.split(':')[0]}: next process ≤ 5 s`,
      value: r.text,
      met: r.ms <= 5000,
    });
  }
  const perEntry = find(
    groups,
    'growth: memory',
    'memory store: heap per small entry (50k entries of { n }, front cache off)',
  );
  if (perEntry)
    out.push({
      target: 'memory store: heap per small entry ≤ 400 B',
      value: perEntry.text,
      met: perEntry.bytes <= 400,
    });
  for (const kind of ['memory', 'sqlite']) {
    // a sawtooth (one sweep per interval): flat means the last quarter's peak stays within the
    // steady state's (2 rows × (interval + TTL + record life) of traffic), however long the run
    const flat = find(groups, `growth: ${kind}`, 'store size: last quarter / steady-state ceiling');
    if (flat)
      out.push({
        target: `steady unique short-TTL keys, ${kind}: store size flat (last quarter's peak ≤ 1.1× the steady-state ceiling)`,
        value: flat.text,
        met: flat.bounded <= 1.1,
      });
  }
  ratio('compile: tspc + plugin / tsc', 'compile:', 'tspc + @keyproof/transformer', 1.05);
  for (const [group, label] of [
    ['language server: 301 files', '300 files'],
    ['language server: rxjs', 'rxjs src + a memoised service'],
  ]) {
    const lsp = find(groups, group, 'didChange → publishDiagnostics, p95');
    if (lsp)
      out.push({
        target: `language server, ${label}: didChange → diagnostics p95 ≤ 200 ms`,
        value: `${lsp.ms.toFixed(0)} ms`,
        met: lsp.ms <= 200,
        bound: BOUNDS.lsp,
      });
  }
  for (const [row, label] of [
    ['analysis share, in process (rxjs as is)', 'rxjs src as is'],
    ['analysis share, + a memoised service (keyproof loaded)', 'rxjs src + keyproof'],
  ]) {
    const r = find(groups, 'compile, real code:', row);
    if (r) out.push({ target: `${label}: analysis share of compile ≤ 3%`, value: r.text, met: r.share <= 0.03 });
  }
  return out;
}
