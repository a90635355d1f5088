// Id generators the cases use (declarations only, written for the corpus): nanoid, cuid2, uuid.
declare module 'nanoid' {
  export function nanoid(size?: number): string;
  export function customAlphabet(alphabet: string, defaultSize?: number): (size?: number) => string;
}
declare module '@paralleldrive/cuid2' {
  export function createId(): string;
  export function init(options?: { length?: number; fingerprint?: string }): () => string;
  export function isCuid(id: string): boolean;
}
declare module 'uuid' {
  export function v4(): string;
  export function v5(name: string, namespace: string): string;
  export function v7(): string;
  export function validate(id: string): boolean;
}
