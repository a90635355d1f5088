import { byCodeUnit, canonical } from './canonical-json';
import {
  MANIFEST_FORMAT,
  type Acceptance,
  type RespendAcceptance,
  type JsonValue,
  type BodyFingerprint,
  type Manifest,
  type MethodEntry,
  type RecordedField,
  type RecordedTag,
} from './manifest-types';

/** A manifest that cannot be read: where, what, and the fix. */
export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

/**
 * The manifest as written to disk: two-space JSON, entries and their keys in a fixed order,
 * methods sorted by id in code-unit order, LF line endings and a final newline on every OS.
 * The same manifest always gives the same bytes.
 */
export function serialiseManifest(manifest: Manifest): string {
  const ids = Object.keys(manifest.methods).sort(byCodeUnit);
  const ordered = {
    format: MANIFEST_FORMAT,
    methods: Object.fromEntries(ids.map((id) => [id, orderedEntry(manifest.methods[id]!)])),
  };
  return `${format(ordered, '')}\n`;
}

/**
 * JSON with two-space indentation, except that a record of plain values (a key field, an
 * exclusion, a part's fingerprint) stays on one line: one key field added is one line added.
 */
function format(value: unknown, indent: string): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${format(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  if (entries.every(([, v]) => isFlat(v)))
    return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`).join(',\n')}\n${indent}}`;
}

function isFlat(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null);
}

/** A key field or exclusion: `name` and `index` first, then the rest in code-unit order. */
function orderedField(field: RecordedField): RecordedField {
  const { name, index, ...rest } = canonical(field) as Record<string, JsonValue>;
  return { ...(name !== undefined ? { name } : {}), ...(index !== undefined ? { index } : {}), ...rest };
}

function orderedEntry(entry: MethodEntry): MethodEntry {
  const parts = Object.keys(entry.body.parts).sort(byCodeUnit);
  const body: BodyFingerprint = {
    fingerprint: entry.body.fingerprint,
    parts: Object.fromEntries(
      parts.map((name) => [name, { code: entry.body.parts[name]!.code, text: entry.body.parts[name]!.text }]),
    ),
    ...(entry.body.truncated === true ? { truncated: true as const } : {}),
  };
  const accepted: Acceptance | undefined =
    entry.accepted !== undefined
      ? {
          by: entry.accepted.by,
          at: entry.accepted.at,
          version: entry.accepted.version,
          from: entry.accepted.from,
          to: entry.accepted.to,
        }
      : undefined;
  return {
    source: entry.source,
    version: entry.version,
    signature: entry.signature,
    key: entry.key.map(orderedField),
    excluded: entry.excluded.map(orderedField),
    ...(entry.tags !== undefined
      ? { tags: entry.tags.map((t) => ({ name: t.name, parts: t.parts.map(orderedField) })) }
      : {}),
    body,
    ...(accepted !== undefined ? { accepted } : {}),
    ...(entry.respendAccepted !== undefined
      ? {
          respendAccepted: {
            by: entry.respendAccepted.by,
            at: entry.respendAccepted.at,
            from: entry.respendAccepted.from,
            to: entry.respendAccepted.to,
          },
        }
      : {}),
  };
}

/** Read a manifest's text (CRLF tolerated), or throw a `ManifestError` naming `where`. */
export function parseManifest(text: string, where: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ManifestError(
      `${where} is not valid JSON (${(error as Error).message}). Fix: restore it from version control, or delete it and run \`keyproof keys\` to write it again.`,
    );
  }
  const fail = (what: string): never => {
    throw new ManifestError(
      `${where} is not a keyproof keys manifest: ${what}. Fix: restore it from version control, or delete it and run \`keyproof keys\`.`,
    );
  };
  if (!isObject(data)) return fail('expected a JSON object');
  if (data['format'] !== MANIFEST_FORMAT)
    return fail(`"format" is ${JSON.stringify(data['format'])}, expected "${MANIFEST_FORMAT}"`);
  const methods = data['methods'];
  if (!isObject(methods)) return fail('"methods" is missing');
  const out: Record<string, MethodEntry> = {};
  for (const [id, raw] of Object.entries(methods)) {
    if (!isObject(raw)) return fail(`method ${JSON.stringify(id)} is not an object`);
    const body = raw['body'];
    if (typeof raw['version'] !== 'string' || typeof raw['signature'] !== 'string' || typeof raw['source'] !== 'string')
      return fail(`method ${JSON.stringify(id)} lacks source, version or signature`);
    if (
      !Array.isArray(raw['key']) ||
      !Array.isArray(raw['excluded']) ||
      !isObject(body) ||
      typeof body['fingerprint'] !== 'string' ||
      !isObject(body['parts'])
    ) {
      return fail(`method ${JSON.stringify(id)} lacks key, excluded or body`);
    }
    const parts: Record<string, { code: string; text: string }> = {};
    for (const [name, part] of Object.entries(body['parts'])) {
      if (!isObject(part) || typeof part['code'] !== 'string' || typeof part['text'] !== 'string')
        return fail(`part ${JSON.stringify(name)} of ${JSON.stringify(id)} is malformed`);
      parts[name] = { code: part['code'], text: part['text'] };
    }
    const accepted = raw['accepted'];
    const respendAccepted = raw['respendAccepted'];
    out[id] = {
      source: raw['source'],
      version: raw['version'],
      signature: raw['signature'],
      key: raw['key'].map((f) => canonical(f) as RecordedField),
      excluded: raw['excluded'].map((f) => canonical(f) as RecordedField),
      ...(Array.isArray(raw['tags']) ? { tags: raw['tags'].map(tagOf) } : {}),
      body: {
        fingerprint: body['fingerprint'],
        parts,
        ...(body['truncated'] === true ? { truncated: true as const } : {}),
      },
      ...(isObject(accepted) ? { accepted: acceptanceOf(accepted) } : {}),
      ...(isObject(respendAccepted) ? { respendAccepted: respendOf(respendAccepted) } : {}),
    };
  }
  return { format: MANIFEST_FORMAT, methods: out };
}

function tagOf(raw: unknown): RecordedTag {
  const tag = isObject(raw) ? raw : {};
  return {
    name: typeof tag['name'] === 'string' ? tag['name'] : '',
    parts: Array.isArray(tag['parts']) ? tag['parts'].map((p) => canonical(p) as RecordedField) : [],
  };
}

function respendOf(raw: Record<string, unknown>): RespendAcceptance {
  const s = (k: string): string => (typeof raw[k] === 'string' ? (raw[k] as string) : '');
  return { by: s('by'), at: s('at'), from: s('from'), to: s('to') };
}

function acceptanceOf(raw: Record<string, unknown>): Acceptance {
  const s = (k: string): string => (typeof raw[k] === 'string' ? (raw[k] as string) : '');
  return { by: s('by'), at: s('at'), version: s('version'), from: s('from'), to: s('to') };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
