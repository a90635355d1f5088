import { finding } from './finding';
import type { MethodCheck } from './check';
import { idExpression } from './plan-method';

/**
 * The id in the emitted plan and the id the runtime keys on must be one value: an `id` option
 * the checker cannot read as a constant (`{ id: makeId() }`, a `string`-typed variable) would
 * give the plan one id and the runtime another.
 */
export const checkIdConstant: MethodCheck = (ctx, site) => {
  const { ts, checker } = ctx;
  const written = idExpression(ctx, site);
  if (written === undefined || checker === undefined || ts.isStringLiteralLike(written)) return [];
  if (checker.getTypeAtLocation(written).isStringLiteral()) return [];
  return [
    finding(
      'Unplannable',
      written,
      `The id of ${site.defaultId} is ${written.getText()}, which keyproof cannot read as a constant string at build time: the plan would carry another id than the one ` +
        'the runtime keys on, and the build could not check that ids are unique. Fix: write the id as a string literal, or as a constant the compiler knows ' +
        "(`const CacheIds = { quote: 'PricingClient.quote' } as const`).",
    ),
  ];
};
