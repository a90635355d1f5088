import { finding, type Finding } from './finding';
import type { MethodCheck } from './check';

/**
 * A memoised method must return a Promise (the store is asynchronous), and what it resolves
 * to must come back from the store as it went in.
 *
 * The principle: 91032 refuses only what cannot come back. Plain data comes back as itself; an
 * instance of a class the plan can name (declared at the top of this file, imported into it, or
 * exported from a file of the program) comes back as an instance of that class: the plan names
 * where such classes sit in the result (read-result-classes.ts) and the runtime restores their
 * prototypes on every hit, fields decoded as usual, no constructor run. What is refused:
 * functions and symbols (no content to store), classes the plan cannot name (anonymous, not
 * exported, declared in a function, from a package the file does not import), classes with
 * `#private` fields (invisible to the codec), subclasses of typed arrays, built-ins that do not
 * round-trip (value-table.ts), objects with methods that are not classes, promises, and a union
 * that holds classes in different ways at one place (the plan could not say which is where).
 */
export const checkReturnType: MethodCheck = (ctx, site, plan) => {
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
  const reason = plan.resultClasses.refusal;
  if (reason !== undefined) {
    findings.push(
      finding(
        'UnstorableReturn',
        fn.type ?? at,
        `${site.defaultId} returns ${checker.typeToString(awaited ?? returned)}: ${reason}. A cached result would come back as something else ` +
          '(a class without its prototype, a function lost), silently corrupting every hit. ' +
          'Fix: what the reason says (export the class, drop the #private field), or return plain data (objects, arrays, strings, numbers, Uint8Array, Date, Map, Set) and rebuild the instance after the call.',
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
