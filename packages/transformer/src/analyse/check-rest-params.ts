import { finding } from './finding';
import type { MethodCheck } from './check';

/**
 * A rest parameter's key field is the array of the arguments it binds. A pick, an omitted path
 * or a normaliser is written for one value: applied to the array it would key every call alike
 * (a pick of `sku` off an array is nothing) or fail at run time (`normalize.text` of an array),
 * and keyproof does not guess which was meant.
 */
export const checkRestParams: MethodCheck = (_ctx, site, plan) =>
  plan.keyParams
    .filter((p) => p.isRest)
    .flatMap((p) => {
      const field = plan.description.fields.find((f) => f.index === p.index);
      const shaped = [
        field?.pick !== undefined ? `a pick (${field.pick.join(', ')})` : undefined,
        field?.omit !== undefined ? `an omitted path (${field.omit.join(', ')})` : undefined,
        field?.normalize !== undefined ? `a normaliser (${field.normalize})` : undefined,
      ].filter((x) => x !== undefined);
      if (shaped.length === 0) return [];
      return [
        finding(
          'UnplannableArguments',
          p.node,
          `${site.defaultId} puts ${shaped.join(' and ')} on the rest parameter "...${p.name}", but its key field is the array of the arguments it binds: ` +
            'applied to the array it would key every call alike, or fail when the call is made. ' +
            `Fix: key on the whole rest parameter, or declare it as an array parameter of its elements' type and pick from each element in the caller.`,
        ),
      ];
    });
