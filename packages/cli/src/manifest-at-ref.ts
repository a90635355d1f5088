import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import type * as Transformer from '@keyproof/transformer';
import { CliError } from './cli-error.js';

/** The manifest a git ref holds, or an empty one (`found: false`) when the ref has no such file. */
export interface ManifestAtRef {
  readonly manifest: Transformer.Manifest;
  readonly found: boolean;
  /** The manifest's path relative to its directory, as git was asked for it. */
  readonly file: string;
}

/**
 * `git show REF:./keyproof.keys.json`, run in the manifest's directory. A ref without the file
 * (the manifest is new on this branch) reads as a manifest without methods; a ref git does not
 * know is an error with the fix.
 */
export function manifestAtRef(
  tools: Pick<typeof Transformer, 'parseManifest' | 'ManifestError'>,
  manifestPath: string,
  ref: string,
): ManifestAtRef {
  const dir = dirname(manifestPath);
  const file = manifestPath.slice(dir.length + 1);
  let text: string | undefined;
  try {
    text = execFileSync('git', ['show', `${ref}:./${file}`], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    if (!/does not exist|exists on disk, but not in/.test(stderr)) {
      throw new CliError(
        `cannot read ${file} at ${ref}: ${stderr.trim() || (error as Error).message}\nFix: give a ref git knows (a branch, a tag, a commit), and run keyproof in the repository.`,
      );
    }
  }
  if (text === undefined) return { manifest: { format: 'keyproof-keys/1', methods: {} }, found: false, file };
  try {
    return { manifest: tools.parseManifest(text, `${file} at ${ref}`), found: true, file };
  } catch (error) {
    if (error instanceof tools.ManifestError) throw new CliError(error.message);
    throw error;
  }
}
