import { excludeFix } from './spell-decision';
import { finding } from './finding';
import type { MethodCheck } from './check';
import { keyDefaults } from './key-defaults';
import { describePath, sortPhrase } from './provenance/describe-path';
import { isVarying } from './provenance/origin';

/**
 * A key parameter (or a name in its destructuring pattern) whose default is per-call
 * (`requestId = randomUUID()`, or a helper that returns `DateTime.now()`) splits every call
 * that omits it. Asked of the provenance engine, so a helper hides nothing.
 */
export const checkPerCallDefaults: MethodCheck = (ctx, site, plan, _annotations, engine) =>
  keyDefaults(ctx, plan).flatMap(({ label, initializer }) => {
    const source = engine.originsOf(initializer).find(isVarying);
    if (source === undefined) return [];
    return [
      finding(
        'PerCallDefault',
        initializer,
        `Key parameter "${label}" of ${site.defaultId} defaults to ${sortPhrase(source)}: ${describePath(ctx, source, `"${label}" of ${site.defaultId}`)}. ` +
          `Calls that omit it never share a cache entry. Fix: exclude it with ${excludeFix(ctx, label)}, or give it a stable default ` +
          '(a deliberate time bucket comes from a helper documented `@timeBucket`).',
      ),
    ];
  });
