/**
 * The official SARIF 2.1.0 JSON schema (sarif-2.1.0-rtm.5.json, as shipped in the pinned
 * `@microsoft/jest-sarif` package, read from node_modules: its matchers are not used), compiled by
 * ajv's JSON Schema draft-04 class (the schema's `$schema`) with ajv-formats for its uri,
 * uri-reference and date-time formats.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// CommonJS packages typed with `export default`: under NodeNext the default import is the module,
// whose `default` is the class / plugin
const { default: Ajv } = ajvDraft04;
const { default: addFormats } = ajvFormats;

const schemaFile = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as { $schema: string };
if (schema.$schema !== 'http://json-schema.org/draft-04/schema#')
  throw new Error(`${schemaFile}: expected a draft-04 schema, got ${schema.$schema}`);

const ajv = new Ajv({
  allErrors: true,
  strict: true,
  // the official schema puts `required` inside `anyOf` branches (message: text or id), which
  // strict mode would refuse as a schema lint, not a check
  strictRequired: false,
  // its language pattern `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$` is a valid ECMA-262 regular
  // expression only without the `u` flag
  unicodeRegExp: false,
});
addFormats(ajv);
const validateSarif = ajv.compile(schema);

/** Everything the official schema finds wrong with `log`, one line per error (`/runs/0/…: must …`); none for a valid log. */
export function sarifErrors(log: unknown): string[] {
  if (validateSarif(log)) return [];
  return (validateSarif.errors ?? []).map((e) => {
    const detail =
      e.keyword === 'enum'
        ? ` ${JSON.stringify(e.params['allowedValues'])}`
        : e.keyword === 'additionalProperties'
          ? ` ("${String(e.params['additionalProperty'])}")`
          : '';
    return `${e.instancePath || '/'}: ${e.message ?? e.keyword}${detail}`;
  });
}
