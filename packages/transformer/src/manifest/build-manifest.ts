import type * as ts from 'typescript';
import type { PlanSite, TypeScript } from '../types';
import { dirname, normalise, relativeTo } from '../analyse/context';
import { findNodeAt } from '../utils/find-node';
import { collectParts } from './collect-parts';
import { byCodeUnit, canonical } from './canonical-json';
import { digest } from './fingerprint-tokens';
import {
  MANIFEST_FORMAT,
  type BodyFingerprint,
  type BuiltManifest,
  type MethodEntry,
  type MethodSite,
  type RecordedField,
} from './manifest-types';
import { readMemoOptions } from './read-memo-options';

/**
 * What the manifest reads from an analysis result: the public shape of `AnalysisResult.plans`,
 * kept structural so that fields a newer analyser adds (picks, exclusion kinds) are carried
 * into the manifest rather than breaking it.
 */
export interface PlansLike {
  readonly plans: readonly {
    readonly site: PlanSite;
    readonly plan: {
      readonly id: string;
      readonly signature: string;
      readonly fields?: readonly object[];
      readonly excluded?: readonly object[];
    };
    readonly tags?: readonly { readonly name: string; readonly parts: readonly object[] }[];
  }[];
}

/**
 * Build `keyproof.keys.json` from an analysis result and the program it came from. Pure: no
 * file is read or written beyond what the program already holds.
 *
 * @param rootDir the directory `source` paths are relative to; defaults to the tsconfig's.
 */
export function buildManifest(
  ts: TypeScript,
  program: ts.Program,
  result: PlansLike,
  rootDir = projectDir(program),
): BuiltManifest {
  const memoised = new Set(result.plans.map(({ site }) => `${normalise(site.fileName)}\0${site.fnStart}`));
  const isMemoised = (node: ts.Node): boolean =>
    memoised.has(`${normalise(node.getSourceFile().fileName)}\0${node.getStart()}`);
  const methods: Record<string, MethodEntry> = {};
  const sites = new Map<string, MethodSite>();
  for (const { site, plan, tags } of result.plans) {
    if (plan.id in methods) continue; // a duplicate id is already error 91006
    const options = readMemoOptions(ts, program, site);
    methods[plan.id] = {
      source: relativeTo(rootDir, site.fileName),
      version: options.version,
      signature: plan.signature,
      key: (plan.fields ?? []).map(recorded),
      excluded: (plan.excluded ?? []).map(recorded),
      ...(tags !== undefined && tags.length > 0
        ? { tags: tags.map((t) => ({ name: t.name, parts: t.parts.map(recorded) })) }
        : {}),
      body: bodyOf(ts, program, site, rootDir, isMemoised, keyFieldsOf(plan.fields ?? [])),
    };
    sites.set(plan.id, { fileName: site.fileName, start: site.start, ttl: options.ttl });
  }
  return { manifest: { format: MANIFEST_FORMAT, methods: sortedRecord(methods) }, sites };
}

/** The tsconfig's directory (where `keyproof.keys.json` lives by default). */
export function projectDir(program: ts.Program): string {
  const configFile = program.getCompilerOptions()['configFilePath'];
  return typeof configFile === 'string' ? dirname(normalise(configFile)) : normalise(program.getCurrentDirectory());
}

/** `this.model` key fields -> `model`. */
function keyFieldsOf(fields: readonly object[]): Set<string> {
  const names = fields
    .map((f) => (f as { name?: unknown }).name)
    .filter((n): n is string => typeof n === 'string' && n.startsWith('this.'));
  return new Set(names.map((n) => n.slice('this.'.length)));
}

function bodyOf(
  ts: TypeScript,
  program: ts.Program,
  site: PlanSite,
  rootDir: string,
  isMemoised: (node: ts.Node) => boolean,
  keyFields: ReadonlySet<string>,
): BodyFingerprint {
  const sourceFile = program.getSourceFile(site.fileName);
  const fn =
    sourceFile !== undefined
      ? findNodeAt(ts, sourceFile, site.fnStart, (n): n is ts.SignatureDeclaration => ts.isFunctionLike(n))
      : undefined;
  if (fn === undefined) return { fingerprint: digest(['unresolved']), parts: {} };
  const { parts, truncated } = collectParts(ts, program, fn, rootDir, isMemoised, keyFields);
  const names = [...parts.keys()].sort(byCodeUnit);
  const sorted = Object.fromEntries(names.map((name) => [name, parts.get(name)!]));
  const fingerprint = digest(names.flatMap((name) => [name, parts.get(name)!.code, parts.get(name)!.text]));
  return { fingerprint, parts: sorted, ...(truncated ? { truncated: true as const } : {}) };
}

function recorded(field: object): RecordedField {
  return canonical(field) as RecordedField;
}

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(record)
      .sort(byCodeUnit)
      .map((k) => [k, record[k]!]),
  );
}
