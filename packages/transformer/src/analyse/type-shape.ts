import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import { isKeyproofFile } from './resolve-keyproof';
import { TYPED_ARRAY_NAMES, valueRow } from './value-table';

/** True for a type whose values are services: callable, or objects with methods (a client, a logger). */
export function isServiceType(ctx: AnalysisContext, type: ts.Type): boolean {
  const { checker } = ctx;
  if (checker === undefined) return false;
  const t = checker.getNonNullableType(type);
  if (t.isUnion()) return t.types.some((u) => isServiceType(ctx, u));
  if (t.getCallSignatures().length > 0) return true;
  if (!(t.flags & ctx.ts.TypeFlags.Object)) return false;
  if (valueRow(t.getSymbol()?.getName()) !== undefined) return false;
  return hasMethods(ctx, t) || hasServiceProperties(ctx, t);
}

/**
 * A client whose methods live on resource properties (googleapis' `calendar.events.list()`):
 * a class instance with no methods of its own but properties that are services.
 */
function hasServiceProperties(ctx: AnalysisContext, type: ts.Type): boolean {
  const { ts, checker } = ctx;
  if (checker === undefined || !((type.getSymbol()?.flags ?? 0) & ts.SymbolFlags.Class)) return false;
  return type.getProperties().some((p) => {
    const declaration = p.valueDeclaration ?? p.declarations?.[0];
    if (declaration === undefined) return false;
    const t = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(p, declaration));
    return (
      t.flags & ts.TypeFlags.Object &&
      valueRow(t.getSymbol()?.getName()) === undefined &&
      (t.getCallSignatures().length > 0 || hasMethods(ctx, t))
    );
  });
}

/** A property that exists only in the type (`__apiType?: T`, a phantom brand): never present at run time. */
export function isTypeOnlyProperty(ctx: AnalysisContext, property: ts.Symbol): boolean {
  return property.getName().startsWith('__') && (property.flags & ctx.ts.SymbolFlags.Optional) !== 0;
}

export function hasMethods(ctx: AnalysisContext, type: ts.Type): boolean {
  const { ts } = ctx;
  return type
    .getProperties()
    .some((p) => (p.declarations ?? []).some((d) => ts.isMethodDeclaration(d) || ts.isMethodSignature(d)));
}

/**
 * Why values of `type` have no stable key encoding (or cannot round-trip through the store,
 * which fails on the same shapes), or undefined when they do. Recurses into properties,
 * array elements and union members, a few levels deep.
 */
export function unencodableReason(
  ctx: AnalysisContext,
  type: ts.Type,
  side: 'key' | 'value',
  depth = 0,
  seen = new Set<ts.Type>(),
): string | undefined {
  const { ts, checker } = ctx;
  if (checker === undefined || depth > 4 || seen.has(type)) return undefined;
  seen.add(type);
  const t = checker.getNonNullableType(type);
  if (t.isUnion()) {
    for (const member of t.types) {
      const reason = unencodableReason(ctx, member, side, depth, seen);
      if (reason !== undefined) return reason;
    }
    return undefined;
  }
  if (t.isIntersection()) {
    // `{ cache?: ChatCache } & OpenAIAuth`: every property is hashed or stored, with the type the
    // intersection gives it (`RequestInit & { body?: string | null }` has a string body, whatever
    // RequestInit alone allows); members that are not plain objects (a class, a built-in, a
    // function) are judged as themselves
    const plain = (m: ts.Type): boolean =>
      (m.flags & ts.TypeFlags.Object) !== 0 &&
      m.getCallSignatures().length === 0 &&
      valueRow(m.getSymbol()?.getName()) === undefined &&
      ((m.getSymbol()?.flags ?? 0) & ts.SymbolFlags.Class) === 0 &&
      !hasMethods(ctx, m);
    for (const member of t.types.filter((m) => !plain(m))) {
      const reason = unencodableReason(ctx, member, side, depth, seen);
      if (reason !== undefined) return reason;
    }
    for (const property of t.getProperties()) {
      if (isTypeOnlyProperty(ctx, property)) continue;
      const reason = unencodableReason(ctx, checker.getTypeOfSymbol(property), side, depth + 1, seen);
      if (reason !== undefined) return `property "${property.getName()}" is ${reason}`;
    }
    return undefined;
  }
  if (t.flags & ts.TypeFlags.ESSymbolLike) return 'a symbol (symbols have no content to hash or store)';
  if (!(t.flags & ts.TypeFlags.Object)) return undefined;
  if (t.getCallSignatures().length > 0 || t.getConstructSignatures().length > 0)
    return `a function (${checker.typeToString(t)})`;
  const name = t.getSymbol()?.getName();
  const row = valueRow(name);
  if (row !== undefined && (side === 'key' ? row.key : row.store) === 'refused')
    return `a${/^[AEIOU]/.test(name!) ? 'n' : ''} ${name} (${(side === 'key' ? row.keyWhy : row.storeWhy) ?? 'not supported'})`;
  if (side === 'key' && t.getProperties().some((p) => p.getName().startsWith('__@keyForm@'))) return undefined; // declares [keyForm]()
  const isClass = ((t.getSymbol()?.flags ?? 0) & ts.SymbolFlags.Class) !== 0;
  if (row === undefined && isClass) {
    const typed = baseTypedArray(ctx, t);
    if (side === 'value' && typed !== undefined)
      return `an instance of ${checker.typeToString(t)}, a subclass of ${typed}, which comes back from the store as a plain ${typed}`;
    if (side === 'key')
      return `an instance of class ${checker.typeToString(t)} (the key encoder takes plain data: give the class a key form, [keyForm]() { … }, or key on its fields with @cacheKey('a', 'b'))`;
    return `an instance of class ${checker.typeToString(t)}, which comes back from the store as a plain object without its class${hasMethods(ctx, t) ? ' and its methods' : ''}`;
  }
  if (row !== undefined) {
    if (row.container !== true) return undefined;
    for (const arg of checker.getTypeArguments(t as ts.TypeReference)) {
      const reason = unencodableReason(ctx, arg, side, depth + 1, seen);
      if (reason !== undefined) return reason;
    }
    return undefined;
  }
  if (checker.isArrayType(t) || checker.isTupleType(t)) {
    for (const arg of checker.getTypeArguments(t as ts.TypeReference)) {
      const reason = unencodableReason(ctx, arg, side, depth + 1, seen);
      if (reason !== undefined) return reason;
    }
    return undefined;
  }
  if (
    t.getProperty('then') !== undefined &&
    checker.getTypeOfSymbol(t.getProperty('then')!).getCallSignatures().length > 0
  )
    return 'a promise (await it before the call)';
  if (hasMethods(ctx, t))
    return `an instance of ${checker.typeToString(t)}, which has methods (the encoding would drop its class and its behaviour)`;
  for (const property of t.getProperties()) {
    if (isTypeOnlyProperty(ctx, property)) continue;
    const declaration = property.valueDeclaration ?? property.declarations?.[0];
    const propertyType =
      declaration !== undefined
        ? checker.getTypeOfSymbolAtLocation(property, declaration)
        : checker.getTypeOfSymbol(property);
    const reason = unencodableReason(ctx, propertyType, side, depth + 1, seen);
    if (reason !== undefined) return `property "${property.getName()}" is ${reason}`;
  }
  return undefined;
}

/** The typed array a class extends (`class Pixels extends Uint8Array`), if any. */
function baseTypedArray(ctx: AnalysisContext, type: ts.Type): string | undefined {
  for (const base of type.getBaseTypes?.() ?? []) {
    const name = base.getSymbol()?.getName();
    if (name !== undefined && TYPED_ARRAY_NAMES.has(name)) return name;
    const deeper = baseTypedArray(ctx, base);
    if (deeper !== undefined) return deeper;
  }
  return undefined;
}

/** True for `any` / `unknown`: the key's encoding is decided only at run time. */
export function isLooseType(ctx: AnalysisContext, type: ts.Type): boolean {
  return (type.flags & (ctx.ts.TypeFlags.Any | ctx.ts.TypeFlags.Unknown)) !== 0;
}

/**
 * True when `type` is (or includes) the runtime's `PerCall<T>` brand: a property declared in
 * the keyproof package whose name says per-call (`[perCallBrand]`), however the type is aliased.
 */
export function isPerCallType(ctx: AnalysisContext, type: ts.Type): boolean {
  if (type.aliasSymbol?.getName() === 'PerCall' && isFromKeyproof(ctx, type.aliasSymbol)) return true;
  if (type.isUnionOrIntersection()) return type.types.some((t) => isPerCallType(ctx, t));
  if (!(type.flags & ctx.ts.TypeFlags.Object)) return false;
  return type.getProperties().some((p) => /percall/i.test(p.getName()) && isFromKeyproof(ctx, p));
}

function isFromKeyproof(ctx: AnalysisContext, symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((d) => isKeyproofFile(ctx, d.getSourceFile().fileName));
}
