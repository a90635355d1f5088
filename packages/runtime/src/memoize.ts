import { MissingPlanError } from './errors.js';
import { MemoizedCall } from './memoized-call.js';
import { callerSite } from './caller-site.js';
import { claimId } from './claim-id.js';
import { methodId, resolveOptions, type MemoizeOptions } from './options.js';
import type { KeyPlan } from './plan.js';
import { allArgumentsPlan, isPlan, validatePlan } from './validate-plan.js';

/** An async method or function that keyproof can memoise. */
// biome-ignore lint/suspicious/noExplicitAny: parameter lists are the user's (`unknown[]` would refuse every typed parameter)
export type AsyncFunction = (...args: any[]) => Promise<unknown>;

/**
 * What `@memoize(options)` returns: a decorator for both TC39 decorators and
 * `experimentalDecorators`.
 */
export interface MemoizeDecorator {
  // The method's own type, whole: a generic method (`load<T>(…): Promise<T>`) stays generic (TS1270 otherwise).
  // biome-ignore lint/suspicious/noExplicitAny: parameter lists are the user's
  <This, F extends (this: This, ...args: any[]) => Promise<unknown>>(
    value: F,
    context: ClassMethodDecoratorContext<This, F>,
  ): F;
  <T>(target: object, propertyKey: string | symbol, descriptor: TypedPropertyDescriptor<T>): TypedPropertyDescriptor<T>;
}

/**
 * Memoise an async method (as a decorator) or an async function (as a wrapper).
 *
 * The cache key is computed from the key plan that `@keyproof/transformer` adds to this
 * call at build time; without it, `memoize` refuses to run (see `unplanned`).
 *
 * @example
 * class LogoService {
 *   /** @excludeFromKey jobId unique per run *\/
 *   @memoize({ version: 'gen-v3', ttl: '30d', cost: 0.04 })
 *   async generate(jobId: string, name: string): Promise<Logo> { … }
 * }
 * export const describe = memoize(async function describe(image: Uint8Array) { … }, { cost: 0.01 });
 */
// biome-ignore lint/suspicious/noExplicitAny: parameter lists are the user's
export function memoize<This, F extends (this: This, ...args: any[]) => Promise<unknown>>(
  value: F,
  context: ClassMethodDecoratorContext<This, F>,
): F;
export function memoize<T>(
  target: object,
  propertyKey: string | symbol,
  descriptor: TypedPropertyDescriptor<T>,
): TypedPropertyDescriptor<T>;
export function memoize<F extends AsyncFunction>(fn: F, options?: MemoizeOptions, plan?: KeyPlan): F;
export function memoize(options?: MemoizeOptions, plan?: KeyPlan): MemoizeDecorator;
export function memoize(a?: unknown, b?: unknown, c?: unknown): unknown {
  if (typeof a === 'function') {
    if (isMethodContext(b)) throw new MissingPlanError(describeTc39Method(String(b.name))); // bare @memoize, no build step
    return memoizeFunction(a as AsyncFunction, b as MemoizeOptions | undefined, c);
  }
  if (typeof a === 'object' && a !== null && (typeof b === 'string' || typeof b === 'symbol')) {
    throw new MissingPlanError(`${className(a)}.${String(b)}`); // bare legacy @memoize
  }
  if (a !== undefined && (typeof a !== 'object' || a === null)) {
    throw new TypeError(
      `memoize() takes an options object or a function to memoise, got ${a === null ? 'null' : typeof a}.`,
    );
  }
  return decorator(a as MemoizeOptions | undefined, b);
}

function memoizeFunction<F extends AsyncFunction>(fn: F, options: MemoizeOptions | undefined, plan: unknown): F {
  const name = fn.name || 'anonymous';
  const call = build(fn, options, plan, name, `function ${name}`);
  const memoised = function (this: unknown, ...args: unknown[]) {
    return call.call(this, args);
  };
  Object.defineProperty(memoised, 'name', { value: name });
  return memoised as unknown as F;
}

function decorator(options: MemoizeOptions | undefined, plan: unknown): MemoizeDecorator {
  return ((target: unknown, context: unknown, descriptor?: PropertyDescriptor): never => {
    if (isMethodContext(context)) {
      if (context.kind !== 'method') {
        throw new TypeError(`@memoize decorates methods; ${String(context.name)} is a ${context.kind}.`);
      }
      return tc39Method(target as AsyncFunction, String(context.name), options, plan) as never;
    }
    if (!descriptor || typeof descriptor.value !== 'function') {
      throw new TypeError(`@memoize decorates methods; ${String(context)} is not a method.`);
    }
    const id = `${className(target)}.${String(context)}`;
    const call = build(descriptor.value as AsyncFunction, options, plan, id, id);
    return {
      ...descriptor,
      value: function (this: unknown, ...args: unknown[]) {
        return call.call(this, args);
      },
    } as never;
  }) as MemoizeDecorator;
}

/** A TC39-decorated method in messages: its name and where its class is declared (the decorator is not told the class). */
function describeTc39Method(name: string): string {
  const site = callerSite();
  return site === undefined ? `method ${name}` : `method ${name} (in the class declared at ${site})`;
}

/**
 * A TC39 method decorator is not told its class. With a plan (or an explicit id) the id is
 * known now; without one, the default `Class.method` is found at the first call, from the
 * class that declares the method (not a subclass that inherits it).
 */
function tc39Method(
  fn: AsyncFunction,
  name: string,
  options: MemoizeOptions | undefined,
  plan: unknown,
): AsyncFunction {
  if (isPlan(plan) || options?.id !== undefined) {
    const call = build(fn, options, plan, name, `method ${name}`);
    return function (this: unknown, ...args: unknown[]) {
      return call.call(this, args);
    };
  }
  if (options?.unplanned !== 'all-arguments') throw new MissingPlanError(describeTc39Method(name));
  resolveOptions(options, name); // bad options are refused at class definition, as with a plan
  let call: MemoizedCall | undefined;
  const replacement = function (this: unknown, ...args: unknown[]) {
    if (!call) {
      const id = `${declaringClass(this, name, replacement)}.${name}`;
      call = build(fn, options, plan, id, `method ${id}`);
    }
    return call.call(this, args);
  };
  return replacement;
}

function build(
  fn: AsyncFunction,
  options: MemoizeOptions | undefined,
  plan: unknown,
  fallbackId: string,
  what: string,
): MemoizedCall {
  const resolved = resolveOptions(options, methodId(options, isPlan(plan) ? plan.id : undefined, fallbackId));
  const keyPlan = planFor(plan, options, resolved.id, what);
  claimId(resolved.id, keyPlan.source, fn, what);
  return new MemoizedCall(keyPlan, resolved, fn);
}

function planFor(plan: unknown, options: MemoizeOptions | undefined, id: string, what: string): KeyPlan {
  if (isPlan(plan)) return validatePlan(plan, what);
  if (options?.unplanned === 'all-arguments') return allArgumentsPlan(id);
  throw new MissingPlanError(what);
}

/** The name of the class whose prototype (or which, for a static method) holds `method` as `name`. */
function declaringClass(self: unknown, name: string, method: unknown): string {
  for (let o: unknown = self; typeof o === 'object' || typeof o === 'function'; o = Object.getPrototypeOf(o)) {
    if (o === null) break;
    if (Object.getOwnPropertyDescriptor(o, name)?.value === method) return className(o);
  }
  return className(self);
}

function isMethodContext(value: unknown): value is { kind: string; name: string | symbol } {
  return typeof value === 'object' && value !== null && 'kind' in value && 'name' in value;
}

function className(target: unknown): string {
  if (typeof target === 'function') return target.name || 'anonymous class';
  if (target === null || target === undefined) return 'anonymous class';
  const ctor = (target as { constructor?: { name?: string } }).constructor;
  return ctor?.name || 'anonymous class';
}
