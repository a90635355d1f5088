import type * as ts from 'typescript';
import type { AnalysisContext } from './context';

/**
 * `compute`, remembered per program and key. An answer that depends on the whole program (every
 * `new` of a class, every call acting on a module's object) is asked again of the next program:
 * an edit in any file makes one.
 */
export function programMemo<K extends object, V>(
  compute: (ctx: AnalysisContext, key: K) => V,
): (ctx: AnalysisContext, key: K) => V {
  const memo = new WeakMap<ts.Program, Map<K, V>>();
  return (ctx, key) => {
    let known = memo.get(ctx.program);
    if (known === undefined) {
      known = new Map();
      memo.set(ctx.program, known);
    }
    if (known.has(key)) return known.get(key) as V;
    const value = compute(ctx, key);
    known.set(key, value);
    return value;
  };
}
