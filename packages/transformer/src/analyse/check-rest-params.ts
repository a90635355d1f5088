import { finding } from './finding';
import type { MethodCheck } from './check';

/** A rest parameter in the key cannot be planned field by field. */
export const checkRestParams: MethodCheck = (_ctx, site, plan) =>
  plan.keyParams
    .filter((p) => p.isRest)
    .map((p) =>
      finding(
        'RestParameter',
        p.node,
        `${site.defaultId} takes a rest parameter "...${p.name}", so keyproof cannot plan which arguments are in its cache key. ` +
          `Fix: declare each input as a named parameter (an array parameter is fine), or exclude it with "@excludeFromKey ${p.name} reason".`,
      ),
    );
