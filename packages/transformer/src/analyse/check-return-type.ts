import { finding, type Finding } from './finding';
import type { MethodCheck } from './check';
import { unencodableReason } from './type-shape';

/**
 * A memoised method must return a Promise (the store is asynchronous), and what it resolves
 * to must round-trip through the store: functions, symbols and class instances with methods
 * come back as something else (the seed's "100% corruption" bug), so they are refused here.
 */
export const checkReturnType: MethodCheck = (ctx, site) => {
  const { ts, checker } = ctx;
  const fn = site.fn;
  const at = fn.name ?? fn;
  if (checker === undefined) {
    const isAsync = (ts.getModifiers(fn) ?? []).some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
    const annotated = fn.type !== undefined && /^Promise\s*</.test(fn.type.getText());
    if (isAsync || annotated || fn.type === undefined) return [];
    return [notPromise(site.defaultId, at, fn.type.getText())];
  }
  const signature = checker.getSignatureFromDeclaration(fn);
  if (signature === undefined) return [];
  const returned = checker.getReturnTypeOfSignature(signature);
  const awaited = checker.getAwaitedType(returned);
  const isPromise = returned.getProperty('then') !== undefined && awaited !== undefined && awaited !== returned;
  const findings: Finding[] = [];
  if (!isPromise) findings.push(notPromise(site.defaultId, at, checker.typeToString(returned)));
  const reason = unencodableReason(ctx, awaited ?? returned, 'value');
  if (reason !== undefined) {
    findings.push(
      finding(
        'UnstorableReturn',
        fn.type ?? at,
        `${site.defaultId} returns ${checker.typeToString(awaited ?? returned)}: ${reason}. A cached result would come back as something else ` +
          '(a class instance without its methods, a function lost), silently corrupting every hit. ' +
          'Fix: return plain data (objects, arrays, strings, numbers, Uint8Array, Date, Map, Set) and rebuild the instance after the call.',
      ),
    );
  }
  return findings;
};

function notPromise(method: string, at: import('typescript').Node, type: string): Finding {
  return finding(
    'NotPromise',
    at,
    `${method} returns ${type}, not a Promise: the cache store is asynchronous, so a memoised method must be async. ` +
      'Fix: make it `async` (or return a Promise), or do not memoise it.',
  );
}
