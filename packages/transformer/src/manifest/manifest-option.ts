import { MANIFEST_FILE } from './manifest-types';

/**
 * The plugin option, next to `"transform": "@keyproof/transformer"` in tsconfig:
 * `"manifest": "keyproof.keys.json"` (write it on every build, differences are warnings) or
 * `"manifest": { "path": "keyproof.keys.json", "frozen": true }` (never write; a difference
 * fails the build). The path is relative to the tsconfig's directory.
 */
export type ManifestOption = string | { readonly path?: string; readonly frozen?: boolean };

export interface ManifestSetting {
  readonly path: string;
  readonly frozen: boolean;
}

/** The option as written, or undefined when absent or unreadable (`true` means the default file). */
export function readManifestOption(raw: unknown): ManifestSetting | undefined {
  if (raw === true) return { path: MANIFEST_FILE, frozen: false };
  if (typeof raw === 'string' && raw !== '') return { path: raw, frozen: false };
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const o = raw as Record<string, unknown>;
    return {
      path: typeof o['path'] === 'string' && o['path'] !== '' ? o['path'] : MANIFEST_FILE,
      frozen: o['frozen'] === true,
    };
  }
  return undefined;
}
