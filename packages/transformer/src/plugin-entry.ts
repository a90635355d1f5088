/**
 * The tsconfig's `{ "transform": "@keyproof/transformer", … }` entry of `compilerOptions.plugins`,
 * without `transform`; undefined when there is none. Every host reads its options (and
 * `manifest`) from here unless the host's own configuration gives them.
 */
export function pluginEntry(plugins: unknown): Record<string, unknown> | undefined {
  if (!Array.isArray(plugins)) return undefined;
  for (const p of plugins as unknown[]) {
    if (
      typeof p === 'object' &&
      p !== null &&
      (p as Record<string, unknown>)['transform'] === '@keyproof/transformer'
    ) {
      const { transform: _transform, ...options } = p as Record<string, unknown>;
      return options;
    }
  }
  return undefined;
}
