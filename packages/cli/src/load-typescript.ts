import { loadTypeScript as loadFromTransformer, type TypeScript } from '@keyproof/transformer';
import { CliError } from './cli-error.js';

/**
 * The JavaScript TypeScript API a project is analysed with: the project's own (5.x, 6.x), or,
 * for a TypeScript 7 project (no JS API), the TypeScript 6.0 that @keyproof/transformer
 * carries. @keyproof/transformer decides; a failure becomes a message without a stack trace.
 */
export function loadTypeScript(projectDir: string): TypeScript {
  try {
    return loadFromTransformer(projectDir).ts;
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}
