import { MissingPlanError } from './errors.js';
import { MemoizedCall } from './memoized-call.js';
import { resolveOptions, type MemoizeOptions } from './options.js';
import type { KeyPlan } from './plan.js';
import { allArgumentsPlan, isPlan, validatePlan } from './validate-plan.js';

/** An async method or function that keyproof can memoise. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parameter lists are the user's
export type AsyncFunction = (...args: any[]) => Promise<unknown>;

/**
 * What `@memoize(options)` returns: a decorator for both TC39 decorators and
 * `experimentalDecorators`.
 */
export interface MemoizeDecorator {
  <This, Args extends unknown[], R>(
    value: (this: This, ...args: Args) => Promise<R>,
    context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Promise<R>>,
  ): (this: This, ...args: Args) => Promise<R>;
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
export function memoize<This, Args extends unknown[], R>(
  value: (this: This, ...args: Args) => Promise<R>,
  context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Promise<R>>,
): (this: This, ...args: Args) => Promise<R>;
export function memoize<T>(target: object, propertyKey: string | symbol, descriptor: TypedPropertyDescriptor<T>): TypedPropertyDescriptor<T>;
export function memoize<F extends AsyncFunction>(fn: F, options?: MemoizeOptions, plan?: KeyPlan): F;
export function memoize(options?: MemoizeOptions, plan?: KeyPlan): MemoizeDecorator;
export function memoize(a?: unknown, b?: unknown, c?: unknown): unknown {
  if (typeof a === 'function') {
    if (isMethodContext(b)) throw new MissingPlanError(`method ${String(b.name)}`); // bare @memoize, no build step
    return memoizeFunction(a as AsyncFunction, b as MemoizeOptions | undefined, c);
  }
  if (typeof a === 'object' && a !== null && (typeof b === 'string' || typeof b === 'symbol')) {
    throw new MissingPlanError(`${className(a)}.${String(b)}`); // bare legacy @memoize
  }
  if (a !== undefined && (typeof a !== 'object' || a === null)) {
    throw new TypeError(`memoize() takes an options object or a function to memoise, got ${a === null ? 'null' : typeof a}.`);
  }
  return decorator(a as MemoizeOptions | undefined, b);
}

function memoizeFunction<F extends AsyncFunction>(fn: F, options: MemoizeOptions | undefined, plan: unknown): F {
  const name = fn.name || 'anonymous';
  const call = new MemoizedCall(planFor(plan, options, options?.id ?? name, `function ${name}`), resolveOptions(options, isPlan(plan) ? plan.id : name), fn);
  const memoised = function (this: unknown, ...args: unknown[]) {
    return call.call(this, args);
  };
  Object.defineProperty(memoised, 'name', { value: name });
  return memoised as unknown as F;
}

function decorator(options: MemoizeOptions | undefined, plan: unknown): MemoizeDecorator {
  return function (target: unknown, context: unknown, descriptor?: PropertyDescriptor): never {
    if (isMethodContext(context)) {
      if (context.kind !== 'method') {
        throw new TypeError(`@memoize decorates methods; ${String(context.name)} is a ${context.kind}.`);
      }
      const id = `${String(context.name)}`;
      const call = build(options, plan, isPlan(plan) ? plan.id : id, `method ${id}`, target as AsyncFunction);
      return function (this: unknown, ...args: unknown[]) {
        return call.call(this, args);
      } as never;
    }
    if (!descriptor || typeof descriptor.value !== 'function') {
      throw new TypeError(`@memoize decorates methods; ${String(context)} is not a method.`);
    }
    const id = `${className(target)}.${String(context)}`;
    const call = build(options, plan, isPlan(plan) ? plan.id : id, id, descriptor.value as AsyncFunction);
    return {
      ...descriptor,
      value: function (this: unknown, ...args: unknown[]) {
        return call.call(this, args);
      },
    } as never;
  } as MemoizeDecorator;
}

function build(options: MemoizeOptions | undefined, plan: unknown, defaultId: string, what: string, fn: AsyncFunction): MemoizedCall {
  const resolved = resolveOptions(options, defaultId);
  return new MemoizedCall(planFor(plan, options, resolved.id, what), resolved, fn);
}

function planFor(plan: unknown, options: MemoizeOptions | undefined, id: string, what: string): KeyPlan {
  if (isPlan(plan)) return validatePlan(plan, what);
  if (options?.unplanned === 'all-arguments') return allArgumentsPlan(id);
  throw new MissingPlanError(what);
}

function isMethodContext(value: unknown): value is { kind: string; name: string | symbol } {
  return typeof value === 'object' && value !== null && 'kind' in value && 'name' in value;
}

function className(target: unknown): string {
  if (typeof target === 'function') return target.name || 'anonymous class';
  const ctor = (target as { constructor?: { name?: string } }).constructor;
  return ctor?.name || 'anonymous class';
}
