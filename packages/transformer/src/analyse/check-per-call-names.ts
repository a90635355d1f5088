import { excludeFix, legacyDecorators } from './spell-decision';
import { finding } from './finding';
import type { MethodCheck } from './check';

/**
 * Names that usually hold a value that is new on every call. A content word alone (`target` of a
 * translator, `destination` of a distance API) is not evidence: a path or directory name is.
 */
const PER_CALL_NAME =
  /^(?:job|request|req|trace|span|correlation|run|invocation|execution|attempt)Id$|^(?:timestamp|now|nonce|uuid|guid|idempotencyKey|attempt|retry)$|timestamp$|^(?:output|out|dest|destination|target|tmp|temp|scratch)(?:Path|Dir|File|Directory)$/i;

/** A name that usually holds a value new on every call (`jobId`, `traceId`, `timestamp`, `outputPath`…). */
export function isPerCallName(name: string): boolean {
  return PER_CALL_NAME.test(name);
}

/**
 * A key parameter named like a per-call value (`jobId`, `requestId`, `outputPath`…) with no
 * explicit `@cacheKey` is the seed's bug in waiting: a warning (promotable to an error).
 */
export const checkPerCallNames: MethodCheck = (ctx, site, plan) => {
  if (plan.allowList) return [];
  const extra = new Set((ctx.options.perCallNames ?? []).map((n) => n.toLowerCase()));
  return plan.keyParams
    .filter((p) => p.bindingNames.length === 0 && (PER_CALL_NAME.test(p.name) || extra.has(p.name.toLowerCase())))
    .map((p) =>
      finding(
        'PerCallName',
        p.node,
        `Parameter "${p.name}" of ${site.defaultId} is named like a per-call value and is part of the cache key: if it differs on every call, the cache never hits ` +
          `(the job-ID bug). Fix: ${excludeFix(ctx, p.name)} if it does not shape the result; ${legacyDecorators(ctx) ? '@cacheKey on it' : `\`@cacheKey ${p.name}\` in the doc comment`} if it does.`,
      ),
    );
};
