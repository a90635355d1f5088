import * as fs from 'node:fs';
import type { Analysis } from './run-analysis';

/** Writes the keys manifest the analysis' review produced (not frozen, bytes changed); hosts that build call it. */
export function saveKeys(analysis: Pick<Analysis, 'keys'>): void {
  const keys = analysis.keys;
  if (keys?.write !== undefined) fs.writeFileSync(keys.path, keys.write);
}
