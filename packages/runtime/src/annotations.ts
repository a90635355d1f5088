/**
 * `@cacheKey` and `@notKey`: annotations the transformer reads and then removes from the
 * output. At run time they do nothing; they exist so the source type-checks and so an
 * aliased import still resolves to keyproof.
 */

/** A function that maps equivalent inputs to one key value, such as `normalize.text`. */
export type Normalizer<T = never, R = unknown> = (value: T) => R;

type ParameterDecorator = (target: object, propertyKey: string | symbol | undefined, parameterIndex: number) => void;
type FieldDecorator = {
  (value: undefined, context: ClassFieldDecoratorContext): void;
  (target: object, propertyKey: string | symbol): void;
};
/** Works on parameters (experimentalDecorators) and class fields (both decorator modes). */
export type KeyAnnotation = ParameterDecorator & FieldDecorator;

const annotation = ((): void => {}) as KeyAnnotation;

/**
 * Put a parameter (or class field) in the key. If any parameter carries `@cacheKey`, the key
 * is exactly the `@cacheKey` parameters.
 * - `@cacheKey` — the whole value;
 * - `@cacheKey(normalize.text)` — the value after a normaliser;
 * - `@cacheKey('name', 'owner.id')` — only these property paths of an object.
 */
export function cacheKey(target: object, propertyKey: string | symbol | undefined, parameterIndex: number): void;
export function cacheKey(value: undefined, context: ClassFieldDecoratorContext): void;
export function cacheKey(target: object, propertyKey: string | symbol): void;
// biome-ignore lint/suspicious/noExplicitAny: a normaliser takes the parameter's type, which the plan checks at build time
export function cacheKey(normalizer: (value: any) => unknown): KeyAnnotation;
export function cacheKey(...paths: string[]): KeyAnnotation;
export function cacheKey(..._args: unknown[]): KeyAnnotation | undefined {
  if (_args.length === 0 || typeof _args[0] === 'function' || typeof _args[0] === 'string') return annotation;
  return undefined;
}

/**
 * Leave a parameter (or class field) out of the key: it must not shape the result.
 * - `@notKey` — excluded;
 * - `@notKey('reason')` — excluded, with the reason the plan and `keyproof explain` show
 *   (`@notKey('captured-by sourceHash')` when a key field already carries its identity).
 */
export function notKey(target: object, propertyKey: string | symbol | undefined, parameterIndex: number): void;
export function notKey(value: undefined, context: ClassFieldDecoratorContext): void;
export function notKey(target: object, propertyKey: string | symbol): void;
export function notKey(reason: string): KeyAnnotation;
export function notKey(..._args: unknown[]): KeyAnnotation | undefined {
  if (typeof _args[0] === 'string') return annotation;
  return undefined;
}
