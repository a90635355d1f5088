/**
 * @keyproof/transformer: the ts-patch plugin (default export) and its analyser.
 *
 *   tsconfig.json: { "compilerOptions": { "plugins": [{ "transform": "@keyproof/transformer" }] } }
 *   build:         tspc -p .
 */
import keyproofTransformer from './transformer';

export default keyproofTransformer;
export { default as keyproofTransformer, readOptions, type TransformerExtras } from './transformer';
export { analyseProgram } from './analyse/analyse-program';
export { createRewriter } from './emit/rewrite-source';
export { toTsDiagnostic } from './report';
export { Diagnostics, type DiagnosticKind } from './diagnostics';
export { planSignature } from '@keyproof/plan';
export type * from './types';
export * from './manifest';
