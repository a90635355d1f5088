import * as fs from 'node:fs';
import * as path from 'node:path';

/** How a case's decorators are compiled: TC39 (the default) or `experimentalDecorators`. */
type DecoratorMode = 'tc39' | 'legacy';

/** One finding a must-fail case expects: an error with any of `codes`, naming any of `names`. */
export interface ExpectedFinding {
  /** `any`: a case written without knowing the codes (`// expect: KP* jobId`): any keyproof error naming the value. */
  readonly codes: readonly number[] | 'any';
  readonly names: readonly string[];
}

export interface CorpusCase {
  /** `category/file` without `.ts` (or `category/folder` for a folder case). */
  readonly id: string;
  readonly category: string;
  readonly decorators: DecoratorMode;
  /** The `.ts` files of the case (one, or the files of its folder). */
  readonly files: readonly string[];
  /** Empty for a clean case. */
  readonly expected: readonly ExpectedFinding[];
  /**
   * `// key: this.tenantId`: fields the key plan of a clean case must hold (what the build
   * promises); `// key: prompt~normalize.text`: a field hashed after that normaliser.
   */
  readonly keyFields: readonly string[];
  /** The `// origin:` line: whose code the shape follows. */
  readonly origin: string;
}

export const CASES = path.resolve(__dirname, 'cases');
/** Where a scoring run reads its cases from: `KEYPROOF_CORPUS_CASES=DIR` scores a set written elsewhere (a fresh, unseen set) before it joins. */
export const CASES_ROOT =
  process.env['KEYPROOF_CORPUS_CASES'] !== undefined ? path.resolve(process.env['KEYPROOF_CORPUS_CASES']) : CASES;
/** Declarations of the third-party libraries the cases import (luxon, dayjs, nanoid, …). */
export const MODULES = path.join(CASES, '_modules');

const HEADER = /^\/\/\s*(origin|category|decorators|expect|key):\s*(.*)$/;

/**
 * Every case under cases/<category>/: a `.ts` file, or a folder whose `index.ts` carries the
 * header. The header is the leading `//` comment block:
 *
 *   // origin: shape of a NestJS service (…)
 *   // category: nest-service
 *   // decorators: tc39 | legacy
 *   // expect: clean
 *   // key: this.tenantId              (optional: a field the key plan must hold;
 *                                      `prompt~normalize.text`: hashed after that normaliser)
 *   // expect: KP91012 jobId          (one line per finding; `KP91051|KP91012 jobId` for either
 *                                      code, `KP91040 model|options` for either name)
 */
export function readCases(root = CASES): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const category of fs
    .readdirSync(root)
    .filter((d) => !d.startsWith('_'))
    .sort()) {
    const dir = path.join(root, category);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const entry of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      const isFolder = fs.statSync(full).isDirectory();
      if (!isFolder && !entry.endsWith('.ts')) continue;
      const files = isFolder
        ? fs
            .readdirSync(full)
            .filter((f) => f.endsWith('.ts'))
            .sort()
            .map((f) => path.join(full, f))
        : [full];
      const headerFile = isFolder ? path.join(full, 'index.ts') : full;
      cases.push(readHeader(`${category}/${entry.replace(/\.ts$/, '')}`, category, files, headerFile));
    }
  }
  return cases;
}

function readHeader(id: string, category: string, files: readonly string[], headerFile: string): CorpusCase {
  const fields = new Map<string, string[]>();
  for (const line of fs.readFileSync(headerFile, 'utf8').split('\n')) {
    if (!line.startsWith('//')) break;
    const match = HEADER.exec(line.trim());
    if (match === null) continue;
    const [, key, value] = match as unknown as [string, string, string];
    fields.set(key, [...(fields.get(key) ?? []), value.trim()]);
  }
  const one = (key: string): string => {
    const values = fields.get(key);
    if (values?.length !== 1) throw new Error(`${id}: the header needs exactly one "// ${key}:" line`);
    return values[0]!;
  };
  if (one('category') !== category)
    throw new Error(`${id}: "// category: ${one('category')}" but the case lives in ${category}/`);
  const decorators = one('decorators');
  if (decorators !== 'tc39' && decorators !== 'legacy')
    throw new Error(`${id}: "// decorators:" must be tc39 or legacy`);
  const expects = fields.get('expect') ?? [];
  if (expects.length === 0)
    throw new Error(`${id}: the header needs "// expect: clean" or "// expect: KP<code> <name>"`);
  const expected = expects.includes('clean') ? [] : expects.map((e) => parseExpectation(id, e));
  if (expects.includes('clean') && expects.length > 1)
    throw new Error(`${id}: "expect: clean" cannot be combined with findings`);
  const keyFields = fields.get('key') ?? [];
  if (keyFields.some((k) => !/^[\w.$#]+(?:~[\w.$]+)?$/.test(k)))
    throw new Error(
      `${id}: "// key:" names one key field (\`this.tenantId\`, \`prompt\`, \`prompt~normalize.text\` for a normalised one)`,
    );
  return { id, category, decorators, files, expected, keyFields, origin: one('origin') };
}

function parseExpectation(id: string, text: string): ExpectedFinding {
  const match = /^((?:KP\d{5}\|)*KP\d{5}|KP\*)\s+([\w.$#]+(?:\|[\w.$#]+)*)$/.exec(text);
  if (match === null)
    throw new Error(
      `${id}: cannot read "// expect: ${text}" (want "KP91012 jobId", or "KP* jobId" for any keyproof error)`,
    );
  const codes = match[1] === 'KP*' ? 'any' : match[1]!.split('|').map((c) => Number(c.slice(2)));
  return { codes, names: match[2]!.split('|') };
}
