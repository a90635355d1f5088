import type * as ts from 'typescript';
import type { PlaceProps, ResultPlace, ResultShape } from '@keyproof/plan';
import { dirname, normalise, relativeTo, type AnalysisContext } from './context';
import type { MemoisedSite } from './find-memoised';
import { hasMethods, isTypeOnlyProperty, unencodableReason } from './type-shape';
import { TYPED_ARRAY_NAMES, valueRow } from './value-table';

import type { ClassRef } from '../types';

/** The classes a memoised method's declared result holds, where, and how to name them; or why it cannot come back. */
export interface ResultClasses {
  /** Absent when the result holds no class (plain data, as before). */
  readonly shape?: ResultShape;
  readonly refs: readonly ClassRef[];
  /** Why a value of the declared type cannot come back from the store as it went in. */
  readonly refusal?: string;
}

/** Deeper than this, no place is named (a class instance there is refused at run time, never mangled). */
const MAX_DEPTH = 8;

/**
 * The shape of the declared (awaited) result: which classes sit where, derived from the type.
 * Refused (91032) only what cannot come back: functions and symbols (type-shape.ts), classes the
 * plan cannot name (anonymous, not exported, or from a package the file does not import),
 * classes with `#private` fields (the codec cannot see them), a union of a class with a
 * container at one place (the plan could not say which is where).
 */
export function readResultClasses(ctx: AnalysisContext, site: MemoisedSite, type: ts.Type | undefined): ResultClasses {
  const { ts, checker } = ctx;
  if (checker === undefined || type === undefined) return { refs: [] };
  const file = site.fn.getSourceFile();
  const places: ResultPlace[] = [];
  const classNames: string[] = [];
  const refs: ClassRef[] = [];
  const classIndex = new Map<ts.Symbol, number>();
  const classPlace = new Map<ts.Type, number>();
  const inProgress = new Set<ts.Type>();

  class Refused extends Error {}
  const refuse = (why: string): never => {
    throw new Refused(why);
  };

  const propsOf = (t: ts.Type, depth: number): PlaceProps | undefined => {
    const props: Record<string, number> = {};
    for (const property of t.getProperties()) {
      if (isTypeOnlyProperty(ctx, property)) continue;
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (
        declaration !== undefined &&
        (ts.isMethodDeclaration(declaration) ||
          ts.isGetAccessorDeclaration(declaration) ||
          ts.isSetAccessorDeclaration(declaration))
      )
        continue; // on the prototype
      const propertyType =
        declaration !== undefined
          ? checker.getTypeOfSymbolAtLocation(property, declaration)
          : checker.getTypeOfSymbol(property);
      let at: number | undefined;
      try {
        at = placeOf(propertyType, depth + 1);
      } catch (error) {
        if (error instanceof Refused) refuse(`property "${property.getName()}" is ${error.message}`);
        throw error;
      }
      if (at !== undefined) props[property.getName()] = at;
    }
    return Object.keys(props).length > 0 ? props : undefined;
  };

  const add = (place: ResultPlace): number => places.push(place) - 1;

  /** The place of values of `type`, or undefined when they are plain data (no class anywhere in them). */
  const placeOf = (type: ts.Type, depth: number): number | undefined => {
    if (depth > MAX_DEPTH) return undefined;
    const t = checker.getNonNullableType(type);
    if (t.isUnion()) return unionPlace(t.types, depth);
    if (t.isIntersection() || !(t.flags & ts.TypeFlags.Object)) {
      const reason = unencodableReason(ctx, t, 'value');
      return reason !== undefined ? refuse(reason) : undefined;
    }
    if (t.getCallSignatures().length > 0 || t.getConstructSignatures().length > 0)
      return refuse(`a function (${checker.typeToString(t)})`);
    const symbol = t.getSymbol();
    const name = symbol?.getName();
    const row = valueRow(name);
    if (row !== undefined) {
      if (row.store === 'refused')
        return refuse(`a${/^[AEIOU]/.test(name!) ? 'n' : ''} ${name} (${row.storeWhy ?? 'not supported'})`);
      if (row.container !== true) return undefined;
      const args = checker.getTypeArguments(t as ts.TypeReference);
      if (/Map$/.test(name!)) {
        const keyReason = args[0] !== undefined ? unencodableReason(ctx, args[0], 'value') : undefined;
        if (keyReason !== undefined) return refuse(keyReason);
        if (args[0] !== undefined && placeOfKey(args[0]))
          return refuse(`a Map keyed by class instances (${checker.typeToString(args[0])}): its keys come back plain`);
        const values = args[1] !== undefined ? placeOf(args[1], depth + 1) : undefined;
        return values !== undefined ? add({ kind: 'map', values }) : undefined;
      }
      const items = args[0] !== undefined ? placeOf(args[0], depth + 1) : undefined;
      if (items === undefined) return undefined;
      return add(/Set$/.test(name!) ? { kind: 'set', items } : { kind: 'array', items });
    }
    if (checker.isArrayType(t) || checker.isTupleType(t)) {
      const items = unionPlace(checker.getTypeArguments(t as ts.TypeReference), depth + 1);
      return items !== undefined ? add({ kind: 'array', items }) : undefined;
    }
    if (((symbol?.flags ?? 0) & ts.SymbolFlags.Class) !== 0) return classPlaceOf(t, depth);
    const then = t.getProperty('then');
    if (then !== undefined && checker.getTypeOfSymbol(then).getCallSignatures().length > 0)
      return refuse('a promise (await it before the call)');
    if (hasMethods(ctx, t))
      return refuse(
        `an instance of ${checker.typeToString(t)}, which has methods (the encoding would drop its class and its behaviour)`,
      );
    if (inProgress.has(t)) return undefined; // a recursive plain type: its deeper classes are refused at run time
    inProgress.add(t);
    try {
      const props = propsOf(t, depth);
      return props !== undefined ? add({ kind: 'object', props }) : undefined;
    } finally {
      inProgress.delete(t);
    }
  };

  const placeOfKey = (t: ts.Type): boolean => {
    const n = checker.getNonNullableType(t);
    return (n.isUnion() ? n.types : [n]).some(
      (m) =>
        ((m.getSymbol()?.flags ?? 0) & ts.SymbolFlags.Class) !== 0 && valueRow(m.getSymbol()?.getName()) === undefined,
    );
  };

  /** One place for values of any of `types`: class options merge; a class beside a container cannot be told apart. */
  const unionPlace = (types: readonly ts.Type[], depth: number): number | undefined => {
    const found = types.flatMap((m) => {
      const at = placeOf(m, depth);
      return at !== undefined ? [at] : [];
    });
    const distinct = [...new Set(found)];
    if (distinct.length <= 1) return distinct[0];
    const kinds = distinct.map((i) => places[i]!);
    if (kinds.every((p) => p.kind === 'class')) {
      const options = kinds.flatMap((p) => (p.kind === 'class' ? p.options : []));
      return add({
        kind: 'class',
        options: options.filter((o, i) => options.findIndex((x) => x.class === o.class) === i),
      });
    }
    return refuse(
      `a union of ${types.map((m) => checker.typeToString(m)).join(' | ')} whose members hold classes in different ways (the plan could not say which is where): declare one shape`,
    );
  };

  const classPlaceOf = (t: ts.Type, depth: number): number => {
    const known = classPlace.get(t);
    if (known !== undefined) return known;
    const display = checker.typeToString(t);
    if (baseTypedArray(t) !== undefined)
      return refuse(
        `an instance of ${display}, a subclass of ${baseTypedArray(t)}, which comes back from the store as a plain ${baseTypedArray(t)}`,
      );
    const symbol = t.getSymbol()!;
    const declaration = symbol.declarations?.find(
      (d): d is ts.ClassLikeDeclaration => ts.isClassDeclaration(d) || ts.isClassExpression(d),
    );
    if (declaration === undefined) return refuse(`an instance of ${display}, a class the plan cannot name at run time`);
    if (hasPrivateNames(ts, t))
      return refuse(
        `an instance of class ${display}, whose #private fields the store cannot see (it would come back without them): use TypeScript \`private\` fields`,
      );
    let index = classIndex.get(symbol);
    if (index === undefined) {
      const ref = refOf(ctx, file, symbol, declaration);
      if (typeof ref === 'string') return refuse(`an instance of class ${display}, ${ref}`);
      index = classNames.push(ref.name) - 1;
      refs.push(ref);
      classIndex.set(symbol, index);
    }
    const at = places.push({ kind: 'class', options: [{ class: index, props: {} }] }) - 1;
    classPlace.set(t, at);
    const props = propsOf(t, depth) ?? {};
    places[at] = { kind: 'class', options: [{ class: index, props }] };
    return at;
  };

  const baseTypedArray = (t: ts.Type): string | undefined => {
    for (const base of t.getBaseTypes?.() ?? []) {
      const name = base.getSymbol()?.getName();
      if (name !== undefined && TYPED_ARRAY_NAMES.has(name)) return name;
      const deeper = baseTypedArray(base);
      if (deeper !== undefined) return deeper;
    }
    return undefined;
  };

  try {
    const root = placeOf(type, 0);
    if (root === undefined) return { refs: [] };
    // the result is place 0: move it there (places refer to each other by index)
    return { shape: { classes: classNames, places: rootFirst(places, root) }, refs };
  } catch (error) {
    if (error instanceof Refused) return { refs: [], refusal: error.message };
    throw error;
  }
}

/** `places` renumbered so that `root` is 0 (a swap of two indexes everywhere). */
function rootFirst(places: readonly ResultPlace[], root: number): ResultPlace[] {
  if (root === 0) return [...places];
  const swap = (i: number): number => (i === root ? 0 : i === 0 ? root : i);
  const props = (p: PlaceProps): PlaceProps => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, swap(v)]));
  const renumbered = places.map((p): ResultPlace => {
    switch (p.kind) {
      case 'class':
        return { kind: 'class', options: p.options.map((o) => ({ class: o.class, props: props(o.props) })) };
      case 'object':
        return { kind: 'object', props: props(p.props) };
      case 'array':
        return { kind: 'array', items: swap(p.items) };
      case 'map':
        return { kind: 'map', values: swap(p.values) };
      default:
        return { kind: 'set', items: swap(p.items) };
    }
  });
  [renumbered[0], renumbered[root]] = [renumbered[root]!, renumbered[0]!];
  return renumbered;
}

/** True when the class or a base class declares `#private` instance state (fields or accessors backed by it). */
function hasPrivateNames(ts: typeof import('typescript'), type: ts.Type): boolean {
  const declarations = (type.getSymbol()?.declarations ?? []).filter(
    (d): d is ts.ClassLikeDeclaration => ts.isClassDeclaration(d) || ts.isClassExpression(d),
  );
  const own = declarations.some((d) =>
    d.members.some(
      (m) =>
        m.name !== undefined &&
        ts.isPrivateIdentifier(m.name) &&
        ts.isPropertyDeclaration(m) &&
        !(ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static),
    ),
  );
  return own || (type.getBaseTypes?.() ?? []).some((base) => hasPrivateNames(ts, base));
}

/**
 * How the memoised method's file can name `symbol` at run time, or why it cannot: declared at
 * the top of the file; imported into it (even `import type`: the emitter adds its own value
 * import); or exported from another file of the program, imported as the file's relative imports are written.
 */
function refOf(
  ctx: AnalysisContext,
  file: ts.SourceFile,
  symbol: ts.Symbol,
  declaration: ts.ClassLikeDeclaration,
): ClassRef | string {
  const { ts, checker } = ctx;
  const name = declaration.name?.text;
  if (name === undefined) return 'an anonymous class the plan cannot name at run time: give it a name and export it';
  if (declaration.getSourceFile() === file) {
    if (ts.isClassDeclaration(declaration) && declaration.parent === file) return { name, local: true };
    return `declared inside a function or block, which the plan cannot name at run time: move it to the top of the file`;
  }
  for (const statement of file.statements) {
    if (
      !ts.isImportDeclaration(statement) ||
      !ts.isStringLiteral(statement.moduleSpecifier) ||
      statement.importClause === undefined
    )
      continue;
    const module = statement.moduleSpecifier.text;
    const clause = statement.importClause;
    const bound = (node: ts.Identifier): boolean => {
      const local = checker!.getSymbolAtLocation(node);
      return (
        local !== undefined &&
        (local === symbol ||
          ((local.flags & ts.SymbolFlags.Alias) !== 0 && checker!.getAliasedSymbol(local) === symbol))
      );
    };
    if (clause.name !== undefined && bound(clause.name)) return { name, module, export: 'default' };
    const bindings = clause.namedBindings;
    if (bindings !== undefined && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements)
        if (bound(element.name)) return { name, module, export: (element.propertyName ?? element.name).text };
    }
  }
  const declared = declaration.getSourceFile();
  const flags = ts.getCombinedModifierFlags(declaration);
  const exported = (flags & ts.ModifierFlags.Export) !== 0;
  if (!exported)
    return `which is not exported from ${relativeTo(dirname(normalise(file.fileName)), normalise(declared.fileName))}, so the plan cannot name it at run time: export it`;
  const exportName = (flags & ts.ModifierFlags.Default) !== 0 ? 'default' : name;
  if (declared.isDeclarationFile || ctx.program.isSourceFileFromExternalLibrary(declared)) {
    return `from a package this file does not import, so the plan cannot name it at run time: import { ${name} } from its package in this file`;
  }
  return { name, module: relativeSpecifier(ctx, file, declared.fileName), export: exportName };
}

/** `./dto/user.dto` (or `.js`, as the file's own relative imports are written) from `file` to `target`. */
function relativeSpecifier(ctx: AnalysisContext, file: ts.SourceFile, target: string): string {
  const { ts } = ctx;
  let path = relativeTo(dirname(normalise(file.fileName)), normalise(target)).replace(/\.(m|c)?tsx?$/, '');
  if (!path.startsWith('.')) path = `./${path}`;
  const written = file.statements.flatMap((s) =>
    ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && s.moduleSpecifier.text.startsWith('.')
      ? [s.moduleSpecifier.text]
      : [],
  );
  const extension = written.map((w) => /\.(m?js|c?js|m?ts|c?ts)$/.exec(w)?.[0]).find((e) => e !== undefined);
  if (extension !== undefined) return `${path}${extension}`;
  const module = ctx.program.getCompilerOptions().module;
  const nodeNext = module === ts.ModuleKind.Node16 || module === ts.ModuleKind.NodeNext;
  return written.length === 0 && nodeNext ? `${path}.js` : path;
}
