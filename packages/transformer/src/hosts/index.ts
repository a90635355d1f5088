/** `@keyproof/transformer/source`: the source-host core, for hosts keyproof has no plugin for. */
export { SourceHost, type SourceHostOptions, type SourceResult } from './source-host';
export { SourceHosts } from './host-registry';
export { splicePlans } from './splice-plans';
export { loadTypeScript } from './load-typescript';
export { programTransformer } from './program-transformer';
