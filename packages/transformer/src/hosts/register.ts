import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { SourceHosts } from './host-registry';
import { planCommonJs } from './register-commonjs';

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
 * ES modules go through Node's `load` hook (register-hooks); CommonJS files that tsx compiles
 * get their plans in `module._compile` (register-commonjs).
 */
register('./register-hooks.js', pathToFileURL(__filename));

let hosts: SourceHosts | undefined;
const reported = new Set<string>();
planCommonJs(
  () => (hosts ??= new SourceHosts({ root: process.cwd() })),
  (line) => {
    if (!reported.has(line)) process.stderr.write(`${line}\n`);
    reported.add(line);
  },
);
