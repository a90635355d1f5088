import type * as ts from 'typescript';
import type { AnalysisResult, DeclaredTag, KeyproofOptions, PlannedMemo, TypeScript } from '../types';
import { toKeyproofDiagnostic } from './report-finding';
import type { MethodCheck } from './check';
import { checkAcknowledgements, honouredAcknowledgements } from './check-acknowledgements';
import { checkBodyReads } from './check-body-reads';
import { checkCallSites } from './check-call-sites';
import { checkDocstringClaims } from './check-docstring-claims';
import { checkDuplicateIds } from './check-duplicate-ids';
import { checkIdConstant } from './check-id-constant';
import { checkExcludedLeaks } from './check-excluded-leaks';
import { checkExcludedResult } from './check-excluded-result';
import { checkKeyTypes } from './check-key-types';
import { checkRestParams } from './check-rest-params';
import { checkPerCallDefaults } from './check-per-call-defaults';
import { checkKeyFields } from './check-key-fields';
import { checkPerCallNames } from './check-per-call-names';
import { checkTagInvalidations, type DeclaredContract } from './check-tag-invalidations';
import { checkTags } from './check-tags';
import { describeTags } from './describe-tags';
import { readTags } from './read-tags';
import { internalError, noTypeInformation } from './check-setup';
import { checkUnplannable } from './check-unplannable';
import { loadsKeyproof } from './resolve-keyproof';
import { checkReturnType } from './check-return-type';
import { createContext } from './context';
import { findCallTargets, type PlannedSite } from './find-call-targets';
import { findMemoised, type MemoisedSite } from './find-memoised';
import { CallIndex } from './provenance/call-index';
import { Provenance } from './provenance/trace-value';
import type { Finding } from './finding';
import { planClassFields } from './plan-class-fields';
import { planMethod } from './plan-method';
import { readAcknowledgements } from './read-acknowledgements';
import { readAnnotations } from './read-annotations';
import { readBody } from './read-body';
import { readInputs } from './read-inputs';
import { planInputs } from './plan-inputs';
import { checkAllowList, checkInputs } from './check-inputs';

/** The rules that look at one method at a time, in reporting order. */
const METHOD_CHECKS: readonly MethodCheck[] = [
  checkReturnType,
  checkKeyTypes,
  checkRestParams,
  checkExcludedLeaks,
  checkExcludedResult,
  checkPerCallDefaults,
  checkKeyFields,
  checkPerCallNames,
  checkDocstringClaims,
  checkIdConstant,
  checkTags,
];

/**
 * Quick filter: a file that never says any of these cannot contain keyproof code when keyproof
 * is recognised by its import declarations (no checker, or a program that does not load the
 * `keyproof` package, so nothing can resolve to it). When the program loads keyproof, every
 * file is looked at (a re-export may rename `memoize`).
 */
const MENTIONS = /memoize|keyproof|cacheKey|notKey/;

/**
 * The analyser: program in, key plans and diagnostics out, nothing emitted. The plugin runs it
 * before emitting; `keyproof check` runs it on its own. Pure apart from reading package.json
 * files (through `ts.sys`) to find which declarations belong to the `keyproof` package.
 *
 * @param program the program to analyse; without type information (`transpileModule`) the
 *   plans are made from syntax and the type-based checks are skipped (warning 91090).
 * @param ts the TypeScript module the program was made with.
 */
export function analyseProgram(program: ts.Program, ts: TypeScript, options: KeyproofOptions = {}): AnalysisResult {
  const ctx = createContext(program, ts, options);
  const engine = new Provenance(ctx);
  const findings: Finding[] = [];
  const planned: PlannedSite[] = [];
  const contracts: DeclaredContract[] = [];
  const tagsOf = new Map<MemoisedSite, DeclaredTag[]>();
  const strip = new Map<string, Set<number>>();
  const files = program
    .getSourceFiles()
    .filter((f) => !f.isDeclarationFile && !program.isSourceFileFromExternalLibrary(f));
  // A program that never loads keyproof (most of a monorepo's projects) costs one regex per file.
  const everyFile = ctx.checker !== undefined && loadsKeyproof(ctx);
  for (const file of files) {
    if (!everyFile && !MENTIONS.test(file.text)) continue;
    let sites: readonly MemoisedSite[];
    try {
      const found = findMemoised(ctx, file);
      sites = found.sites;
      findings.push(...checkUnplannable(ctx, found.unplannable));
    } catch (error) {
      findings.push(
        internalError(
          file.statements[0] ?? file,
          `search ${file.fileName} for memoised methods; nothing in it is planned`,
          error,
        ),
      );
      continue;
    }
    for (const site of sites) {
      try {
        const annotations = readAnnotations(ctx, site);
        const body = readBody(ctx, site);
        const fields = planClassFields(ctx, site, body.fields, engine);
        const inputs = readInputs(ctx, site, engine);
        const inputPlan = planInputs(ctx, site, annotations, inputs);
        const plan = planMethod(
          ctx,
          site,
          { ...annotations, marks: inputPlan.parameterMarks },
          fields.decided,
          inputPlan,
        );
        const own = [
          ...inputPlan.findings,
          ...plan.findings,
          ...checkBodyReads(ctx, site, plan, body, fields, engine, inputPlan),
          ...checkInputs(ctx, site, inputs, inputPlan),
          ...checkAllowList(ctx, site, plan),
        ];
        for (const check of METHOD_CHECKS) own.push(...check(ctx, site, plan, annotations, engine));
        const acknowledgements = readAcknowledgements(annotations.doc);
        findings.push(...checkAcknowledgements(site, acknowledgements, own));
        const starts = strip.get(file.fileName) ?? new Set<number>();
        for (const start of [...annotations.strip, ...fields.strip]) starts.add(start);
        strip.set(file.fileName, starts);
        const acknowledged = honouredAcknowledgements(acknowledgements);
        planned.push({
          site,
          plan: acknowledged.length > 0 ? { ...plan, description: { ...plan.description, acknowledged } } : plan,
        });
        const tags = readTags(ctx, site);
        contracts.push({ id: plan.description.id, tags: tags?.tags ?? [] });
        tagsOf.set(site, describeTags(ctx, tags));
      } catch (error) {
        findings.push(internalError(site.anchor, `analyse ${site.defaultId}; it is left unplanned`, error));
      }
    }
  }
  findings.push(...checkDuplicateIds(planned));
  try {
    // Only files that say "invalidate" can call invalidateTag / invalidateMethod (even renamed on import, the import names it).
    findings.push(
      ...checkTagInvalidations(
        ctx,
        files.filter((f) => f.text.includes('invalidate')),
        contracts,
      ),
    );
  } catch (error) {
    findings.push(internalError(undefined, 'check the tag and method invalidations; the plans are unaffected', error));
  }
  if (ctx.checker !== undefined && planned.length > 0) {
    try {
      const calls = new CallIndex(ctx, files);
      findings.push(...checkCallSites(ctx, engine, calls, findCallTargets(ctx, planned, calls)));
    } catch (error) {
      findings.push(
        internalError(undefined, 'check the call sites of memoised methods; the plans are unaffected', error),
      );
    }
  } else if (planned.length > 0) {
    findings.push(noTypeInformation());
  }
  const plans: PlannedMemo[] = planned.map(({ site, plan }) => {
    const tags = tagsOf.get(site) ?? [];
    return {
      site: siteOf(site),
      plan: plan.description,
      ...(plan.description.result !== undefined ? { classes: plan.resultClasses.refs } : {}),
      ...(tags.length > 0 ? { tags } : {}),
    };
  });
  const diagnostics = findings.flatMap((f) => toKeyproofDiagnostic(ts, program, f, options) ?? []);
  return { plans, diagnostics, strip, typeInformation: ctx.checker !== undefined };
}

function siteOf(site: MemoisedSite): PlannedMemo['site'] {
  return {
    kind: site.kind,
    fileName: site.fn.getSourceFile().fileName,
    start: site.anchor.getStart(),
    fnStart: site.fn.getStart(),
  };
}
