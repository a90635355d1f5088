import type * as ts from 'typescript';
import type { TypeScript } from '../types';

/** The names a binding pattern binds: `{ a, b: { c } }` -> `a`, `c`. */
export function boundNames(ts: TypeScript, name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  const names: string[] = [];
  for (const element of name.elements) {
    if (ts.isOmittedExpression(element)) continue;
    names.push(...boundNames(ts, element.name));
  }
  return names;
}
