/** The targets, checked against a run's groups: { target, value, met }. */

function find(groups, groupPrefix, rowName) {
  const g = groups.find((x) => x.group.startsWith(groupPrefix));
  return g?.rows?.find((r) => r.name === rowName);
}

export function checkTargets(groups) {
  const out = [];
  const ratio = (label, groupPrefix, row, limit) => {
    const r = find(groups, groupPrefix, row);
    if (r) out.push({ target: `${label} ≤ ${limit.toFixed(2)}×`, value: `${r.ratio.toFixed(2)}×`, met: r.ratio <= limit });
  };
  ratio('key derivation, tuple: keyDigest / floor', 'key derivation: tuple (', 'keyproof keyDigest', 2.0);
  ratio('key derivation, tuple + 1 MiB: keyDigest / floor', 'key derivation: tuple + 1 MiB', 'keyproof keyDigest', 1.05);
  ratio('warm hit, memory, store path: keyproof / keyv.get', 'warm hit: memory', 'keyproof (no front cache)', 1.2);
  ratio('warm hit, memory, front cache: keyproof / keyv.get', 'warm hit: memory', 'keyproof (front cache)', 1.2);
  ratio('warm hit, SQLite, store path: keyproof / keyv.get', 'warm hit: sqlite', 'keyproof (no front cache)', 1.1);
  ratio('warm hit, SQLite, front cache: keyproof / keyv.get', 'warm hit: sqlite', 'keyproof (front cache)', 1.1);
  for (const kind of ['memory', 'sqlite']) {
    const r = find(groups, `warm hit: ${kind}`, 'keyproof (front cache)');
    if (r) out.push({ target: `warm hit with front cache, ${kind}: ≤ 5 µs`, value: `${(r.ns / 1e3).toFixed(2)} µs`, met: r.ns <= 5e3 });
  }
  for (const r of groups.find((g) => g.group.startsWith('crashed lease holder'))?.rows ?? []) {
    out.push({ target: `SIGKILLed lease holder, ${r.name.split(':')[0]}: next process ≤ 5 s`, value: r.text, met: r.ms <= 5000 });
  }
  const perEntry = find(groups, 'growth: memory', 'memory store: heap per small entry (50k entries of { n }, front cache off)');
  if (perEntry) out.push({ target: 'memory store: heap per small entry ≤ 400 B', value: perEntry.text, met: perEntry.bytes <= 400 });
  for (const kind of ['memory', 'sqlite']) {
    // a sawtooth (one sweep per interval): flat means the last quarter's peak stays within the
    // steady state's (2 rows × (interval + TTL + record life) of traffic), however long the run
    const flat = find(groups, `growth: ${kind}`, 'store size: last quarter / steady-state ceiling');
    if (flat) out.push({ target: `steady unique short-TTL keys, ${kind}: store size flat (last quarter's peak ≤ 1.1× the steady-state ceiling)`, value: flat.text, met: flat.bounded <= 1.1 });
  }
  ratio('compile: tspc + plugin / tsc', 'compile:', 'tspc + @keyproof/transformer', 1.05);
  for (const [row, label] of [
    ['analysis share, in process (rxjs as is)', 'rxjs src as is'],
    ['analysis share, + a memoised service (keyproof loaded)', 'rxjs src + keyproof'],
  ]) {
    const r = find(groups, 'compile, real code:', row);
    if (r) out.push({ target: `${label}: analysis share of compile ≤ 3%`, value: r.text, met: r.share <= 0.03 });
  }
  return out;
}
