import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * `node --import @keyproof/transformer/register app.ts`: a Node module hook that plans every
 * memoised method in the TypeScript files Node loads as ES modules, before they are compiled.
 * Put it BEFORE the TypeScript loader so that the loader compiles the planned source:
 *
 *   node --import @keyproof/transformer/register --import tsx src/main.ts
 *   node --import @keyproof/transformer/register --experimental-strip-types src/main.ts   (Node >= 22.6)
 *
 * With the project's tsconfig (the working directory's) the full analysis runs, and an error
 * fails the import with file:line; without one, plans come from syntax and a warning says so.
 */
register('./register-hooks.js', pathToFileURL(__filename));
