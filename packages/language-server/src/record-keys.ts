import type * as ts from 'typescript';
import { runAnalysis, type Analysis, type TypeScript } from '@keyproof/transformer';

/** The keys-manifest differences `keyproof keys` records (a body change under the same version, 91071, is not one: it is bumped). */
export const RECORDED_CODES: ReadonlySet<number> = new Set([91070, 91072, 91073, 91074, 91077]);

/**
 * The keys manifest as `keyproof keys` would write it for `program` now: the same review, not
 * frozen. Undefined when the project checks no manifest. `readFile` reads the recorded manifest
 * (a language server passes its unsaved buffer).
 */
export function recordedKeys(
  tsm: TypeScript,
  program: ts.Program,
  analysis: Analysis,
  config: Record<string, unknown>,
  readFile?: (fileName: string) => string | undefined,
): { readonly path: string; readonly text: string } | undefined {
  const keys = analysis.keys;
  if (keys === undefined || !keys.checked) return undefined;
  const unfrozen = runAnalysis(program, tsm, {
    config,
    manifest: { path: keys.path, frozen: false },
    ...(readFile ? { readFile } : {}),
  });
  const text = unfrozen.keys?.write;
  return text === undefined ? undefined : { path: keys.path, text };
}
