import { join, relative } from 'node:path';
import type * as TS from 'typescript';
import type { TypeScript } from '@keyproof/transformer';
import type { Place } from './review-methods.js';

/**
 * Where a fingerprinted part of a body lives (`src/prompt.ts#buildPrompt`,
 * `src/client.ts#Client.send`, names as keyproof.keys.json writes them), so that a body change
 * is annotated on the code that changed; null when the program no longer has it.
 */
export function partPlace(ts: TypeScript, program: TS.Program, projectDir: string, part: string): Place | null {
  const hash = part.lastIndexOf('#');
  if (hash < 0) return null;
  const fileName = join(projectDir, part.slice(0, hash));
  const source =
    program.getSourceFile(fileName) ??
    program.getSourceFiles().find((f) => f.fileName === fileName.split('\\').join('/'));
  if (source === undefined) return null;
  const wanted = part.slice(hash + 1);
  let found: TS.Node | undefined;
  const visit = (node: TS.Node, path: readonly string[]): void => {
    if (found !== undefined) return;
    const name = declarationName(ts, node);
    // a parameter property is `Class.name`, like a field, not `Class.constructor.name`
    const here = name === undefined ? path : ts.isParameter(node) ? [...path.slice(0, -1), name] : [...path, name];
    if (name !== undefined && here.join('.') === wanted) {
      found = node;
      return;
    }
    ts.forEachChild(node, (child) => visit(child, here));
  };
  visit(source, []);
  if (found === undefined) return null;
  return {
    file: relative(process.cwd(), source.fileName) || source.fileName,
    line: source.getLineAndCharacterOfPosition(found.getStart(source)).line + 1,
  };
}

/** The name a declaration contributes to a part's name (the same rule the manifest uses). */
function declarationName(ts: TypeScript, node: TS.Node): string | undefined {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (ts.isParameter(node))
    return ts.isConstructorDeclaration(node.parent) &&
      ts.isIdentifier(node.name) &&
      ts.isParameterPropertyDeclaration(node, node.parent)
      ? node.name.text
      : undefined;
  const named = node as TS.Node & { name?: TS.Node };
  const declares =
    ts.isFunctionLike(node) ||
    ts.isClassLike(node) ||
    ts.isVariableDeclaration(node) ||
    ts.isPropertyDeclaration(node) ||
    ts.isEnumDeclaration(node) ||
    ts.isModuleDeclaration(node);
  return declares && named.name !== undefined ? named.name.getText() : undefined;
}
