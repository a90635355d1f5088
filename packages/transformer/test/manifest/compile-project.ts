import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as ts from 'typescript';
import { analyseProgram } from '../../src/analyse/analyse-program';
import { buildManifest } from '../../src/manifest/build-manifest';
import type { BuiltManifest } from '../../src/manifest/manifest-types';
import type { AnalysisResult } from '../../src/types';
import { STUB } from '../harness';

export type Files = Readonly<Record<string, string>>;

/** A fixture project on disk: its sources, and a tsconfig that maps `keyproof` to the stub. */
export function writeProject(files: Files, options: { crlf?: boolean } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyproof-manifest-'));
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'ES2022',
      moduleResolution: 'Bundler',
      strict: true,
      skipLibCheck: true,
      experimentalDecorators: true,
      types: [],
      lib: ['ES2023'],
      noEmit: true,
      paths: { keyproof: [STUB] },
    },
    include: ['src'],
  };
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), options.crlf === true ? text.replace(/\r?\n/g, '\r\n') : text);
  }
  return dir;
}

export interface Compiled {
  readonly program: ts.Program;
  readonly result: AnalysisResult;
  readonly built: BuiltManifest;
}

/** Compile the project with the real TypeScript program (as tsc would read its tsconfig). */
export function compileProject(tsm: typeof ts, dir: string): Compiled {
  const parsed = tsm.getParsedCommandLineOfConfigFile(
    path.join(dir, 'tsconfig.json'),
    {},
    { ...tsm.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (parsed === undefined) throw new Error(`cannot read ${dir}/tsconfig.json`);
  const program = tsm.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  const errors = tsm.getPreEmitDiagnostics(program).filter((d) => d.category === tsm.DiagnosticCategory.Error);
  if (errors.length > 0)
    throw new Error(
      `fixture does not compile: ${errors.map((d) => tsm.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ')}`,
    );
  const result = analyseProgram(program, tsm);
  return { program, result, built: buildManifest(tsm, program, result) };
}

/** The fixture with `edit` applied to one file; throws when `from` is not in it (a stale test). */
export function edited(files: Files, file: string, from: string | RegExp, to: string): Files {
  const text = files[file];
  if (text === undefined || !(typeof from === 'string' ? text.includes(from) : from.test(text)))
    throw new Error(`${file} has no ${String(from)}`);
  return { ...files, [file]: text.replace(from, to) };
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
