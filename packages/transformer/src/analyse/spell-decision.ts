import type { AnalysisContext } from './context';

/**
 * How a key decision is written in the project's decorator mode, for the "Fix:" of a message:
 * parameter decorators (`@notKey`, `@cacheKey('id')`) exist only with `experimentalDecorators`;
 * under TC39 decorators (TypeScript's default) the doc comment says it. Every fix a message
 * suggests must compile where it is suggested.
 */
export function legacyDecorators(ctx: AnalysisContext): boolean {
  return ctx.program.getCompilerOptions().experimentalDecorators === true;
}

/** Exclude a parameter (or a path into one): `"@excludeFromKey jobId reason" (or @notKey on the parameter)`. */
export function excludeFix(ctx: AnalysisContext, name: string): string {
  const tag = `"@excludeFromKey ${name} reason" in the doc comment`;
  return legacyDecorators(ctx) && !name.includes('.') ? `${tag} (or @notKey on the parameter)` : tag;
}

/** Key on some properties of a parameter: `@cacheKey('id')` on it, or `@cacheKey doc.id` in the doc comment. */
export function pickFix(ctx: AnalysisContext, param: string, paths: readonly string[] = ['id']): string {
  if (legacyDecorators(ctx))
    return `@cacheKey(${paths.map((p) => `'${p}'`).join(', ')}) on the parameter picks properties`;
  return `${paths.map((p) => `\`@cacheKey ${param}.${p}\``).join(' and ')} in the doc comment picks properties`;
}
