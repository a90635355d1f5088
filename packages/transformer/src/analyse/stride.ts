import type * as ts from 'typescript';
import type { AnalysisContext } from './context';

/**
 * A stride: a width that only decides how one collection is cut into pieces, never which of its
 * elements are visited. A `for` loop that steps its index by the width, runs while the index is
 * below the collection's length, and cuts the collection at the index by the same width
 * (`for (let i = 0; i < ids.length; i += size) fetch(ids.slice(i, i + size))`) visits every
 * element once whatever the width: a batch size or a chunk size asks the upstream the same
 * question in more or fewer pieces. `operand` is one of the two places the width is read: the
 * step (`i += size`) or the cut's end (`i + size`). A step with no cut (every `size`-th element),
 * or a loop bounded by something other than the cut collection's length, is not a stride. Nor
 * is one whose pieces stay pieces in the answer (`joinsPieces`): one summary, average or label
 * per piece, the pieces returned as pages, or a loop that stops once it has enough.
 */
export function isStride(ctx: AnalysisContext, binary: ts.BinaryExpression, operand: ts.Node): boolean {
  const { ts } = ctx;
  const width = text(operand);
  let index: string | undefined;
  if (
    binary.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken &&
    binary.right === operand &&
    ts.isIdentifier(binary.left)
  )
    index = binary.left.text;
  else if (
    binary.operatorToken.kind === ts.SyntaxKind.PlusToken &&
    (binary.left === operand || binary.right === operand)
  ) {
    const other = binary.left === operand ? binary.right : binary.left;
    if (ts.isIdentifier(other) && isCut(ctx, binary.parent, other.text, width) !== undefined) index = other.text;
  }
  if (index === undefined) return false;
  for (let node: ts.Node = binary; node.parent !== undefined && !ts.isFunctionLike(node); node = node.parent) {
    const loop = node.parent;
    if (!ts.isForStatement(loop) || (loop.statement !== node && loop.incrementor !== node)) continue;
    return steps(ctx, loop, index, width) && cutsWhole(ctx, loop, index, width) && joinsPieces(ctx, loop);
  }
  return false;
}

/**
 * What each piece gives is joined back into one whole, element by element: gathered with a
 * spread (`rows.push(...(await query(batch)))`), or element by element in a loop or a callback
 * of its own (`for (const page of pages) out.push(...page.data)`), and the loop runs to the end.
 * A piece's result kept whole (`summaries.push(await summarise(chunk))`, `pages[n] = batch`), a
 * `break` or a `return` make the width decide what comes back.
 */
function joinsPieces(ctx: AnalysisContext, loop: ts.ForStatement): boolean {
  const { ts } = ctx;
  let joins = true;
  const visit = (node: ts.Node, nested: boolean): void => {
    if (!joins || ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) || (ts.isBreakStatement(node) && (!nested || node.label !== undefined))) {
      joins = false;
      return;
    }
    if (!nested && ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      if (/^(?:push|unshift)$/.test(node.expression.name.text) && !node.arguments.every(ts.isSpreadElement))
        joins = false;
    }
    if (
      !nested &&
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isElementAccessExpression(node.left)
    )
      joins = false;
    const inner = nested || ts.isIterationStatement(node, false) || ts.isSwitchStatement(node);
    ts.forEachChild(node, (child) => visit(child, inner));
  };
  visit(loop.statement, false);
  return joins;
}

/** `i += width` is the loop's step. */
function steps(ctx: AnalysisContext, loop: ts.ForStatement, index: string, width: string): boolean {
  const { ts } = ctx;
  const step = loop.incrementor;
  return (
    step !== undefined &&
    ts.isBinaryExpression(step) &&
    step.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken &&
    ts.isIdentifier(step.left) &&
    step.left.text === index &&
    text(step.right) === width
  );
}

/** The loop cuts a collection at `index` by `width`, and runs while `index` is below that collection's length. */
function cutsWhole(ctx: AnalysisContext, loop: ts.ForStatement, index: string, width: string): boolean {
  const { ts } = ctx;
  const condition = loop.condition;
  if (
    condition === undefined ||
    !ts.isBinaryExpression(condition) ||
    condition.operatorToken.kind !== ts.SyntaxKind.LessThanToken ||
    !ts.isIdentifier(condition.left) ||
    condition.left.text !== index ||
    !ts.isPropertyAccessExpression(condition.right) ||
    condition.right.name.text !== 'length'
  )
    return false;
  const collection = text(condition.right.expression);
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (isCut(ctx, node, index, width) === collection) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(loop.statement);
  return found;
}

/** The collection `node` cuts at `index` by `width` (`ids.slice(i, i + size)`, `subarray` alike), if it is such a cut. */
function isCut(ctx: AnalysisContext, node: ts.Node, index: string, width: string): string | undefined {
  const { ts } = ctx;
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
  if (!/^(?:slice|subarray)$/.test(node.expression.name.text)) return undefined;
  const [from, to] = node.arguments;
  if (from === undefined || to === undefined || !ts.isIdentifier(from) || from.text !== index) return undefined;
  if (!ts.isBinaryExpression(to) || to.operatorToken.kind !== ts.SyntaxKind.PlusToken) return undefined;
  const ends = [text(to.left), text(to.right)];
  return ends.includes(index) && ends.includes(width) ? text(node.expression.expression) : undefined;
}

const text = (node: ts.Node): string => node.getText().replace(/\s+/g, '');
