declare const perCallBrand: unique symbol;

/**
 * Marks a type as unique per call (a job ID, a request ID, a destination path). The
 * transformer refuses a `PerCall<T>` value in a key position, so such values can only ever
 * be excluded from the key:
 *
 * @example
 * type JobId = PerCall<string>;
 * async generate(jobId: JobId, prompt: string) // error unless jobId is excluded
 */
export type PerCall<T> = T & { readonly [perCallBrand]?: 'per-call' };
