import type Keyv from 'keyv';

/** What invalidation needs to know of a memoised method in this process. */
export interface RegisteredMethod {
  readonly id: string;
  readonly version: string;
  readonly storeOption: Keyv | string | undefined;
  readonly tagged: boolean;
  /** Count one `invalidateMethod` on this method (its `invalidations` counter). */
  countInvalidation(): void;
}

const methods = new Map<string, RegisteredMethod>();

/** Called by each memoised method when it is built (the last one built under an id wins, as with `claimId`). */
export function registerMethod(method: RegisteredMethod): void {
  methods.set(method.id, method);
}

export function registeredMethod(id: string): RegisteredMethod | undefined {
  return methods.get(id);
}

export function registeredMethods(): RegisteredMethod[] {
  return [...methods.values()];
}
