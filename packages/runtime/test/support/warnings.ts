/**
 * Warnings a test provokes on purpose are captured and asserted instead of printed, so a
 * warning nobody expected stands out in the test output.
 */
import { afterEach, beforeEach, vi } from 'vitest';

export interface CapturedWarning {
  readonly code: string | undefined;
  readonly message: string;
}

/** Capture `process.emitWarning` for every test of the file; `warnings` holds the current test's. */
export function captureWarnings(): { readonly warnings: CapturedWarning[]; codes(): Array<string | undefined> } {
  const warnings: CapturedWarning[] = [];
  beforeEach(() => {
    warnings.length = 0;
    vi.spyOn(process, 'emitWarning').mockImplementation(((
      message: string | Error,
      options?: { code?: string } | string,
    ) => {
      const code = typeof options === 'object' ? options?.code : undefined;
      warnings.push({ code, message: String(message) });
    }) as typeof process.emitWarning);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return { warnings, codes: () => warnings.map((w) => w.code) };
}
