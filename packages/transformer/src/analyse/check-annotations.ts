import type * as ts from 'typescript';
import { finding, type Finding } from './finding';
import type { DocTag } from './read-jsdoc';
import type { Mark, ParamInfo } from './key-marks';

/**
 * The findings about annotations that cannot be enforced: an unknown name (91001) or path
 * (91002), contradictory marks (91003), an unreadable tag (91004). The readers and the planner
 * find the facts (a mark that names nothing, two marks that disagree) and raise them here, so
 * that every rule code is raised in a `check-*` file.
 */
export function unknownName(method: string, mark: Mark, params: readonly ParamInfo[]): Finding {
  const names = params.map((p) => p.name);
  const suggestion = names.find((n) => n.toLowerCase() === mark.param.toLowerCase());
  return markFinding(
    mark,
    'UnknownName',
    `${mark.via} ${[mark.param, ...mark.path].join('.')} in ${method}: there is no parameter "${mark.param}" ` +
      `(parameters: ${names.length > 0 ? names.join(', ') : 'none'}). The claim cannot be enforced, and nothing is excluded from the cache key. ` +
      `Fix: ${suggestion !== undefined ? `write "${suggestion}"` : 'name one of the parameters above, or remove the tag'}.`,
  );
}

export function unknownCapture(method: string, mark: Mark, label: string, keyParams: readonly ParamInfo[]): Finding {
  return markFinding(
    mark,
    'UnknownName',
    `${mark.via} ${label} captured-by ${mark.capturedBy ?? ''} in ${method}: "${mark.capturedBy ?? ''}" is not a key parameter ` +
      `(key parameters: ${keyParams.map((p) => p.name).join(', ') || 'none'}), so nothing in the key carries the excluded value's identity. ` +
      'Fix: name the key parameter that carries it (e.g. its content hash), or drop "captured-by".',
  );
}

export function unknownPath(method: string, mark: Mark, param: ParamInfo): Finding {
  return markFinding(
    mark,
    'UnknownPath',
    `${mark.via} ${[mark.param, ...mark.path].join('.')} in ${method}: parameter "${param.name}" has no property "${mark.path.join('.')}", ` +
      'so the claim cannot be enforced and the real value would still be hashed. ' +
      `Fix: name an existing property of ${param.name}'s type, or remove the annotation.`,
  );
}

export function excludedAndIncluded(
  method: string,
  param: ParamInfo,
  exclude: Mark,
  includes: readonly Mark[],
): Finding {
  return markFinding(
    exclude,
    'Contradiction',
    `Parameter "${param.name}" of ${method} is both excluded (${exclude.via}) and included (${includes.map((m) => m.via).join(', ')}) in the cache key. ` +
      'keyproof cannot tell which claim is true. Fix: keep exactly one of the two annotations.',
  );
}

export function pickedAndOmitted(method: string, param: ParamInfo, mark: Mark, path: string): Finding {
  return markFinding(
    mark,
    'Contradiction',
    `"${param.name}.${path}" in ${method} is both picked into the key by @cacheKey and excluded by @excludeFromKey. Fix: drop one of the two.`,
  );
}

export function normaliserAndPicks(method: string, param: ParamInfo, mark: Mark): Finding {
  return markFinding(
    mark,
    'Contradiction',
    `Parameter "${param.name}" of ${method} has a normaliser and property picks (or two normalisers). Fix: key on one form only.`,
  );
}

export function mixedCacheKeyArguments(decorator: ts.Decorator, param: string): Finding {
  return finding(
    'Contradiction',
    decorator,
    `@cacheKey on parameter "${param}" mixes a normaliser with property paths. Fix: use either @cacheKey(normalize.text) or @cacheKey('a', 'b'), not both.`,
  );
}

export function tagWithoutName(method: string, tag: DocTag): Finding {
  return {
    kind: 'MalformedAnnotation',
    node: undefined,
    span: { fileName: tag.fileName, start: tag.start, length: tag.length },
    message: `@${tag.name} in ${method} names no parameter ("@${tag.name} ${tag.text}"). Fix: write "@${tag.name} NAME reason", e.g. "@${tag.name} jobId unique per run".`,
  };
}

/**
 * `@cacheKey prompt normalize.text` in a doc comment: the normaliser cannot be applied from there
 * (a name in a comment is not imported, type-checked or bundled, and TypeScript drops an import
 * used only there), so the key would hash the raw value while the comment says otherwise.
 */
export function normaliserInDocTag(method: string, tag: DocTag, param: string, normaliser: string): Finding {
  return {
    kind: 'MalformedAnnotation',
    node: undefined,
    span: { fileName: tag.fileName, start: tag.start, length: tag.length },
    message:
      `@cacheKey in ${method} names a normaliser in a doc comment ("@cacheKey ${param} ${normaliser}"): keyproof cannot apply it from there ` +
      `(a name in a comment is not imported, type-checked or bundled), so the key would hash "${param}" as passed and equivalent ${param}s would not share an entry. ` +
      `Fix: with experimentalDecorators write the parameter decorator \`@cacheKey(${normaliser}) ${param}\`; under TC39 decorators, normalise before the memoised call ` +
      `(a thin public method that calls the memoised one with \`${normaliser}(${param})\`), and keep "@cacheKey ${param}".`,
  };
}

function markFinding(mark: Mark, kind: Finding['kind'], message: string): Finding {
  if ('node' in mark.span) return finding(kind, mark.span.node, message);
  const { tag } = mark.span;
  return { kind, node: undefined, span: { fileName: tag.fileName, start: tag.start, length: tag.length }, message };
}

/** `@cacheKey NAME` of a body input that cannot be read where `memoize` is called (or is request context). */
export function inputNotInScope(method: string, mark: Mark, name: string, context: string | undefined): Finding {
  return markFinding(
    mark,
    'UnknownName',
    `@cacheKey ${name} in ${method}: ${context !== undefined ? `${context} is request context, read when the call runs` : `"${mark.param}" is not in scope where ${method} is memoised`}, so the key cannot hold it. ` +
      `Fix: pass it to ${method} as a parameter.`,
  );
}
