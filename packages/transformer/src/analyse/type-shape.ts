import type * as ts from 'typescript';
import type { AnalysisContext } from './context';
import { isKeyproofFile } from './resolve-keyproof';

/** Built-ins the runtime encodes (key) and round-trips (store) by value. */
const VALUE_TYPES = new Set([
  'Date', 'Map', 'Set', 'ReadonlyMap', 'ReadonlySet', 'Array', 'ReadonlyArray', 'ArrayBuffer', 'Buffer', 'RegExp',
  'Uint8Array', 'Int8Array', 'Uint8ClampedArray', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'DataView', 'Error',
]);
const BUILT_IN_ERRORS = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'AggregateError']);
/** Value types whose type arguments are values too. */
const CONTAINERS = new Set(['Map', 'Set', 'ReadonlyMap', 'ReadonlySet', 'Array', 'ReadonlyArray']);
/** Built-ins with no stable, content-based encoding. */
const OPAQUE_TYPES = new Set(['Promise', 'PromiseLike', 'WeakMap', 'WeakSet', 'WeakRef', 'ReadableStream', 'WritableStream', 'Readable', 'Writable', 'Duplex', 'Transform', 'Stream', 'AbortSignal']);

/** True for a type whose values are services: callable, or objects with methods (a client, a logger). */
export function isServiceType(ctx: AnalysisContext, type: ts.Type): boolean {
  const { checker } = ctx;
  if (checker === undefined) return false;
  const t = checker.getNonNullableType(type);
  if (t.isUnion()) return t.types.some((u) => isServiceType(ctx, u));
  if (t.getCallSignatures().length > 0) return true;
  if (!(t.flags & ctx.ts.TypeFlags.Object)) return false;
  const name = t.getSymbol()?.getName();
  if (name !== undefined && (VALUE_TYPES.has(name) || OPAQUE_TYPES.has(name))) return false;
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
    return t.flags & ts.TypeFlags.Object && !VALUE_TYPES.has(t.getSymbol()?.getName() ?? '') && (t.getCallSignatures().length > 0 || hasMethods(ctx, t));
  });
}

/** A property that exists only in the type (`__apiType?: T`, a phantom brand): never present at run time. */
export function isTypeOnlyProperty(ctx: AnalysisContext, property: ts.Symbol): boolean {
  return property.getName().startsWith('__') && (property.flags & ctx.ts.SymbolFlags.Optional) !== 0;
}

function hasMethods(ctx: AnalysisContext, type: ts.Type): boolean {
  const { ts } = ctx;
  return type.getProperties().some((p) => (p.declarations ?? []).some((d) => ts.isMethodDeclaration(d) || ts.isMethodSignature(d)));
}

/**
 * Why values of `type` have no stable key encoding (or cannot round-trip through the store,
 * which fails on the same shapes), or undefined when they do. Recurses into properties,
 * array elements and union members, a few levels deep.
 */
export function unencodableReason(ctx: AnalysisContext, type: ts.Type, side: 'key' | 'value', depth = 0, seen = new Set<ts.Type>()): string | undefined {
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
  if (t.flags & ts.TypeFlags.ESSymbolLike) return 'a symbol (symbols have no content to hash or store)';
  if (!(t.flags & ts.TypeFlags.Object)) return undefined;
  if (t.getCallSignatures().length > 0 || t.getConstructSignatures().length > 0) return `a function (${checker.typeToString(t)})`;
  const name = t.getSymbol()?.getName();
  if (name !== undefined && OPAQUE_TYPES.has(name)) return `a ${name} (its content is not observable, so it has no stable encoding)`;
  if (side === 'key') {
    // what the runtime's key encoder accepts beyond plain data (encode-key.ts)
    if (name === 'URL') return undefined;
    if (t.getProperties().some((p) => p.getName().startsWith('__@keyForm@'))) return undefined; // declares [keyForm]()
    if (name !== undefined && BUILT_IN_ERRORS.has(name)) return `an ${name} (errors have no stable key encoding: key on its message or code)`;
    if ((t.getSymbol()?.flags ?? 0) & ts.SymbolFlags.Class) {
      return `an instance of class ${checker.typeToString(t)} (the key encoder takes plain data: give the class a key form, [keyForm]() { … }, or key on its fields with @cacheKey('a', 'b'))`;
    }
  }
  if (name !== undefined && VALUE_TYPES.has(name)) {
    if (!CONTAINERS.has(name)) return undefined;
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
  if (t.getProperty('then') !== undefined && checker.getTypeOfSymbol(t.getProperty('then')!).getCallSignatures().length > 0) return 'a promise (await it before the call)';
  if (hasMethods(ctx, t)) return `an instance of ${checker.typeToString(t)}, which has methods (the encoding would drop its class and its behaviour)`;
  for (const property of t.getProperties()) {
    if (isTypeOnlyProperty(ctx, property)) continue;
    const declaration = property.valueDeclaration ?? property.declarations?.[0];
    const propertyType = declaration !== undefined ? checker.getTypeOfSymbolAtLocation(property, declaration) : checker.getTypeOfSymbol(property);
    const reason = unencodableReason(ctx, propertyType, side, depth + 1, seen);
    if (reason !== undefined) return `property "${property.getName()}" is ${reason}`;
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
