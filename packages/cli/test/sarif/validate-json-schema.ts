/**
 * A JSON Schema (draft-07) validator for the keywords the pinned SARIF structure schema uses:
 * $ref (local), type, required, properties, additionalProperties, items, enum, anyOf,
 * minimum, maximum, uniqueItems, format (uri, uri-reference). Any other keyword in a schema is
 * refused, so the schema cannot silently ask for a check this validator does not make.
 */
type Schema = { readonly [keyword: string]: unknown };

const KNOWN = new Set(['$schema', '$comment', '$ref', 'title', 'description', 'definitions', 'type', 'required', 'properties', 'additionalProperties', 'items', 'enum', 'anyOf', 'minimum', 'maximum', 'uniqueItems', 'format']);

export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  check(root, root, value, '$', errors);
  return errors;
}

function check(root: Schema, schema: Schema, value: unknown, at: string, errors: string[]): void {
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) throw new Error(`the validator does not implement "${k}" (at ${at})`);
  if (typeof schema['$ref'] === 'string') {
    const name = /^#\/definitions\/(.+)$/.exec(schema['$ref'])?.[1];
    const target = name && (root['definitions'] as Record<string, Schema>)[name];
    if (!target) throw new Error(`unresolved $ref ${schema['$ref']}`);
    check(root, target, value, at, errors);
  }
  if (schema['type'] !== undefined && !typeMatches(schema['type'] as string | string[], value)) {
    errors.push(`${at}: expected ${JSON.stringify(schema['type'])}, got ${JSON.stringify(value)}`);
    return;
  }
  if (Array.isArray(schema['enum']) && !schema['enum'].some((e) => e === value)) errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema['enum'])}`);
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) errors.push(`${at}: ${value} < ${schema['minimum']}`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) errors.push(`${at}: ${value} > ${schema['maximum']}`);
  }
  if (typeof value === 'string' && typeof schema['format'] === 'string') checkFormat(schema['format'], value, at, errors);
  if (Array.isArray(schema['anyOf'])) {
    const passing = (schema['anyOf'] as Schema[]).filter((s) => validateSub(root, s, value));
    if (passing.length === 0) errors.push(`${at}: matches none of anyOf ${JSON.stringify(schema['anyOf'])}`);
  }
  if (Array.isArray(value)) {
    if (schema['uniqueItems'] === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) errors.push(`${at}: items are not unique`);
    if (schema['items'] !== undefined) value.forEach((v, i) => check(root, schema['items'] as Schema, v, `${at}[${i}]`, errors));
  }
  if (isObject(value)) {
    for (const r of (schema['required'] as string[] | undefined) ?? []) if (!(r in value)) errors.push(`${at}: missing required "${r}"`);
    const props = (schema['properties'] as Record<string, Schema> | undefined) ?? {};
    for (const [k, v] of Object.entries(value)) {
      if (k in props) check(root, props[k]!, v, `${at}.${k}`, errors);
      else if (schema['additionalProperties'] === false) errors.push(`${at}: property "${k}" is not allowed`);
      else if (isObject(schema['additionalProperties'])) check(root, schema['additionalProperties'] as Schema, v, `${at}.${k}`, errors);
    }
  }
}

function validateSub(root: Schema, schema: Schema, value: unknown): boolean {
  const errors: string[] = [];
  check(root, schema, value, '', errors);
  return errors.length === 0;
}

function typeMatches(type: string | string[], value: unknown): boolean {
  return (Array.isArray(type) ? type : [type]).some((t) => {
    if (t === 'integer') return Number.isInteger(value);
    if (t === 'array') return Array.isArray(value);
    if (t === 'object') return isObject(value);
    if (t === 'null') return value === null;
    return typeof value === t;
  });
}

function checkFormat(format: string, value: string, at: string, errors: string[]): void {
  if (format === 'uri' && !URL.canParse(value)) errors.push(`${at}: ${JSON.stringify(value)} is not an absolute URI`);
  if (format === 'uri-reference' && (/[\s\\]/.test(value) || !URL.canParse(value, 'file:///base/'))) errors.push(`${at}: ${JSON.stringify(value)} is not a URI reference`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
