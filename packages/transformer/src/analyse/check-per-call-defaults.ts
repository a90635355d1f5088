import { finding } from './finding';
import type { MethodCheck } from './check';
import { perCallValueIn } from './per-call-value';

/** A key parameter whose default is per-call (`requestId = randomUUID()`) splits every call that omits it. */
export const checkPerCallDefaults: MethodCheck = (ctx, site, plan) =>
  plan.keyParams.flatMap((param) => {
    const initializer = param.node.initializer;
    const value = initializer !== undefined ? perCallValueIn(ctx, initializer) : undefined;
    if (value === undefined) return [];
    return [
      finding(
        'PerCallDefault',
        initializer!,
        `Key parameter "${param.name}" of ${site.defaultId} defaults to ${value}, a new value on every call: calls that omit it never share a cache entry. ` +
          `Fix: exclude it with "@excludeFromKey ${param.name} reason" (or @notKey), or give it a stable default.`,
      ),
    ];
  });
