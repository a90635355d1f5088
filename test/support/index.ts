/** Test helpers shared across the workspace (private, never published; TypeScript, no build). */
export { ROOT, RUNTIME, TRANSFORMER, TOOLCHAINS, type Toolchain } from './toolchains.js';
export {
  assertBuilt,
  createProject,
  node,
  tspc,
  writePluginProject,
  type DecoratorMode,
  type Project,
  type Run,
} from './project.js';
