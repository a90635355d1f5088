// @ts-check
/**
 * Findings as GitHub workflow commands (`::error file=…,line=…::message`), which the runner
 * turns into annotations on those lines. Escaped as the runner reads them.
 */

/**
 * @param {'error' | 'warning' | 'notice'} level @param {Record<string, string>} props @param {string} message
 */
function workflowCommand(level, props, message) {
  const list = Object.entries(props).map(([k, v]) => `${k}=${escapeData(v).replace(/:/g, '%3A').replace(/,/g, '%2C')}`);
  return `::${level}${list.length > 0 ? ` ${list.join(',')}` : ''}::${escapeData(message)}`;
}

/** @param {string} text */
function escapeData(text) {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The keys review's diagnostic codes (the transformer's table, 91070–91075), per kind of change. */
const CODES = { key: 91070, body: 91071, version: 91072, added: 91073, removed: 91074, description: 91075 };

/**
 * One line per check finding and per reviewed change. `prefix` turns paths relative to the
 * keyproof working directory into paths relative to the repository.
 * @param {any} check @param {any} review @param {(file: string) => string} inRepo
 * @returns {string[]}
 */
export function annotations(check, review, inRepo) {
  const lines = [];
  const checked = new Set(check.findings.map((/** @type {any} */ f) => `${f.file}:${f.line}:${f.code}`));
  /** The frozen check already said it there (same code, same line). @param {any} m @param {string} kind */
  const said = (m, kind) =>
    m.place !== null &&
    checked.has(`${m.place.file}:${m.place.line}:KP${CODES[/** @type {keyof typeof CODES} */ (kind)]}`);
  for (const f of check.findings) {
    /** @type {Record<string, string>} */
    const where = f.file
      ? {
          file: inRepo(f.file),
          ...(f.line ? { line: String(f.line) } : {}),
          ...(f.column ? { col: String(f.column) } : {}),
        }
      : {};
    lines.push(
      workflowCommand(
        f.severity === 'error' ? 'error' : 'warning',
        { ...where, title: `keyproof ${f.code}` },
        `${f.code}: ${f.message}`,
      ),
    );
  }
  for (const m of review.methods) {
    /** @type {Record<string, string>} */
    const where = m.place ? { file: inRepo(m.place.file), line: String(m.place.line) } : { file: inRepo(m.manifest) };
    if (m.failure && !(m.failure.kind === 'body-changed' && said(m, 'body')))
      lines.push(
        workflowCommand(
          'error',
          {
            ...where,
            title:
              m.failure.kind === 'body-changed'
                ? 'keyproof: body changed, version did not'
                : 'keyproof: over the re-spend budget',
          },
          m.failure.message,
        ),
      );
    for (const c of m.changes) {
      if ((m.failure?.kind === 'body-changed' && c.kind === 'body') || said(m, c.kind)) continue;
      const orphaning = c.kind === 'key' || c.kind === 'version';
      const price =
        orphaning && m.price
          ? ` Expected re-spend ${m.price.respend} (${m.price.askedAgain} of ${m.price.orphaned} entries asked for again × cost ${m.price.cost}).`
          : '';
      lines.push(
        workflowCommand(
          orphaning || c.kind === 'removed' ? 'warning' : 'notice',
          { ...where, title: `keyproof: ${c.kind}` },
          c.message + price,
        ),
      );
    }
    // the code that changed under an unchanged version, on its own lines
    for (const p of m.changedParts ?? []) {
      if (p.place === null || (m.place && p.place.file === m.place.file && p.place.line === m.place.line)) continue;
      const failing = m.failure?.kind === 'body-changed';
      lines.push(
        workflowCommand(
          failing ? 'error' : 'notice',
          { file: inRepo(p.place.file), line: String(p.place.line), title: `keyproof: ${p.change} of ${m.id}'s body` },
          `${m.id}'s answers depend on \`${p.part}\` (${p.change} changed)${failing ? ', and its version did not change: bump it, or accept the change.' : '.'}`,
        ),
      );
    }
  }
  return lines;
}
