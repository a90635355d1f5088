import type * as ts from 'typescript';
import type { TypeScript } from '../types';
import { relativeTo } from '../analyse/context';
import { fingerprintNodes } from './fingerprint-tokens';
import type { PartFingerprint } from './manifest-types';

/** How far the walk from a memoised body into the program's own code goes. */
export const PART_BOUNDS = { maxParts: 64, maxDepth: 8 } as const;

/** The name of the memoised function's own part (stable when the method is renamed). */
export const SELF_PART = '(body)';

export interface CollectedParts {
  readonly parts: ReadonlyMap<string, PartFingerprint>;
  readonly truncated: boolean;
}

interface Pending {
  readonly node: ts.Node;
  readonly name: string;
  readonly depth: number;
}

/**
 * The code that can change a memoised function's answers without changing its key: its own
 * parameters and body, then, transitively and bounded, the functions, methods, constructors,
 * constants, class field initialisers and enums of the program that it references. Code in
 * declaration files and packages is not followed (a package's version is the lockfile's job),
 * nor are other memoised functions (their answers are governed by their own version).
 *
 * @param isMemoised tells whether a function node is another memoised site.
 */
export function collectParts(
  ts: TypeScript,
  program: ts.Program,
  fn: ts.SignatureDeclaration,
  rootDir: string,
  isMemoised: (node: ts.Node) => boolean,
  keyFields: ReadonlySet<string> = new Set(),
): CollectedParts {
  // a `@cacheKey` class field is hashed into every key: a new value makes new keys, not stale answers
  const isKeyField = (d: ts.Node): boolean =>
    (ts.isPropertyDeclaration(d) || ts.isParameter(d)) &&
    ts.isIdentifier(d.name) &&
    keyFields.has(d.name.text) &&
    classOf(ts, d) === classOf(ts, fn);
  const checker = program.getTypeChecker();
  const parts = new Map<string, PartFingerprint>();
  const seen = new Set<ts.Node>([fn]);
  const queue: Pending[] = [{ node: fn, name: SELF_PART, depth: 0 }];
  let truncated = false;
  while (queue.length > 0) {
    const { node, name, depth } = queue.shift()!;
    const pieces = piecesOf(ts, node);
    parts.set(name, fingerprintNodes(ts, pieces));
    for (const declaration of referencedDeclarations(ts, program, checker, pieces)) {
      if (seen.has(declaration) || isMemoised(declaration) || isKeyField(declaration)) continue;
      seen.add(declaration);
      if (depth + 1 > PART_BOUNDS.maxDepth || parts.size + queue.length >= PART_BOUNDS.maxParts) {
        truncated = true;
        continue;
      }
      queue.push({
        node: declaration,
        name: uniqueName(parts, queue, partName(ts, declaration, rootDir)),
        depth: depth + 1,
      });
    }
  }
  return { parts, truncated };
}

/** The nodes of a declaration whose tokens count: parameters and body, or the initialiser. */
function piecesOf(ts: TypeScript, node: ts.Node): ts.Node[] {
  if (ts.isFunctionLike(node)) {
    const fn = node as ts.SignatureDeclaration & { body?: ts.Node };
    return [
      ...fn.parameters.flatMap((p) => (p.initializer !== undefined ? [p.name, p.initializer] : [p.name])),
      ...(fn.body !== undefined ? [fn.body] : []),
    ];
  }
  if (
    (ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isParameter(node)) &&
    node.initializer !== undefined
  )
    return [node.initializer];
  return [node];
}

function classOf(ts: TypeScript, node: ts.Node): ts.Node | undefined {
  let n: ts.Node | undefined = node.parent;
  while (n !== undefined && !ts.isClassLike(n)) n = n.parent;
  return n;
}

function referencedDeclarations(
  ts: TypeScript,
  program: ts.Program,
  checker: ts.TypeChecker,
  pieces: readonly ts.Node[],
): ts.Node[] {
  const found: ts.Node[] = [];
  const inside = (d: ts.Node): boolean =>
    pieces.some((p) => p.getSourceFile() === d.getSourceFile() && d.pos >= p.pos && d.end <= p.end);
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
      if (isWritten(ts, node)) return; // `this.calls++` is state the body keeps, not an input
      for (const declaration of declarationsOf(ts, program, checker, node))
        if (!inside(declaration)) found.push(declaration);
      return;
    }
    ts.forEachChild(node, visit);
  };
  for (const piece of pieces) visit(piece);
  return found;
}

/** The program's own declarations with code behind them that `id` refers to. */
function declarationsOf(
  ts: TypeScript,
  program: ts.Program,
  checker: ts.TypeChecker,
  id: ts.Identifier | ts.PrivateIdentifier,
): ts.Node[] {
  let symbol: ts.Symbol | undefined;
  try {
    symbol = checker.getSymbolAtLocation(id);
    if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  } catch {
    return [];
  }
  const result: ts.Node[] = [];
  for (const declaration of symbol?.declarations ?? []) {
    const file = declaration.getSourceFile();
    if (file.isDeclarationFile || program.isSourceFileFromExternalLibrary(file)) continue;
    if (ts.isClassDeclaration(declaration) || ts.isClassExpression(declaration)) {
      // `new Client(...)` runs the constructor; a type annotation runs nothing
      if (ts.isNewExpression(id.parent) && id.parent.expression === id) {
        const ctor = declaration.members.find(ts.isConstructorDeclaration);
        if (ctor?.body !== undefined) result.push(ctor);
      }
      continue;
    }
    if (hasCode(ts, declaration)) result.push(declaration);
  }
  return result;
}

function hasCode(ts: TypeScript, d: ts.Declaration): boolean {
  if (
    ts.isFunctionDeclaration(d) ||
    ts.isMethodDeclaration(d) ||
    ts.isGetAccessorDeclaration(d) ||
    ts.isSetAccessorDeclaration(d) ||
    ts.isConstructorDeclaration(d)
  )
    return d.body !== undefined;
  if (ts.isFunctionExpression(d) || ts.isArrowFunction(d)) return true;
  if (ts.isVariableDeclaration(d) || ts.isPropertyDeclaration(d)) return d.initializer !== undefined;
  // `constructor(private readonly model = 'small')`: the default is the field's value
  if (ts.isParameter(d))
    return (
      d.initializer !== undefined &&
      ts.isConstructorDeclaration(d.parent) &&
      ts.isParameterPropertyDeclaration(d, d.parent)
    );
  return ts.isEnumDeclaration(d);
}

/** `src/prompt.ts#buildPrompt`, `src/client.ts#Client.send`: structural, never a line number. */
function partName(ts: TypeScript, node: ts.Node, rootDir: string): string {
  const file = relativeTo(rootDir, node.getSourceFile().fileName);
  const names: string[] = [];
  let start: ts.Node | undefined = node;
  if (ts.isParameter(node) && ts.isIdentifier(node.name)) {
    names.push(node.name.text); // a parameter property is `Class.name`, like a field
    start = node.parent.parent;
  }
  for (let n: ts.Node | undefined = start; n !== undefined && !ts.isSourceFile(n); n = n.parent) {
    const named = n as ts.Node & { name?: ts.Node };
    if (ts.isConstructorDeclaration(n)) names.unshift('constructor');
    else if (
      (ts.isFunctionLike(n) ||
        ts.isClassLike(n) ||
        ts.isVariableDeclaration(n) ||
        ts.isPropertyDeclaration(n) ||
        ts.isEnumDeclaration(n) ||
        ts.isModuleDeclaration(n)) &&
      named.name !== undefined
    ) {
      names.unshift(named.name.getText());
    }
  }
  return `${file}#${names.length > 0 ? names.join('.') : '(anonymous)'}`;
}

function uniqueName(parts: ReadonlyMap<string, unknown>, queue: readonly Pending[], name: string): string {
  const taken = (n: string): boolean => parts.has(n) || queue.some((p) => p.name === n);
  if (!taken(name)) return name;
  let i = 2;
  while (taken(`${name}~${i}`)) i++;
  return `${name}~${i}`;
}

/** True when the name is only assigned here (`x = …`, `this.n += 1`, `count++`). */
function isWritten(ts: TypeScript, id: ts.Identifier | ts.PrivateIdentifier): boolean {
  const access: ts.Node = ts.isPropertyAccessExpression(id.parent) && id.parent.name === id ? id.parent : id;
  const parent = access.parent;
  if (ts.isBinaryExpression(parent) && parent.left === access) {
    const op = parent.operatorToken.kind;
    return (
      op === ts.SyntaxKind.EqualsToken ||
      (op >= ts.SyntaxKind.FirstCompoundAssignment && op <= ts.SyntaxKind.LastCompoundAssignment)
    );
  }
  if (ts.isPostfixUnaryExpression(parent) || ts.isPrefixUnaryExpression(parent)) {
    return parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken;
  }
  return false;
}
