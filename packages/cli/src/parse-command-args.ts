import { usageError } from './cli-error.js';

/** `--help` / `-h`, accepted by every command. */
export const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * Run a `node:util` parseArgs call for one command: a parse failure (unknown option, missing
 * value) becomes a usage error (exit 2) naming the command.
 */
export function parseOrExplain<T extends { positionals: string[] }>(
  command: string,
  parse: () => T,
  maxPositionals = 0,
): T {
  let parsed: T;
  try {
    parsed = parse();
  } catch (error) {
    throw usageError(command, (error as Error).message);
  }
  if (parsed.positionals.length > maxPositionals) {
    throw usageError(command, `unexpected argument ${JSON.stringify(parsed.positionals[maxPositionals])}.`);
  }
  return parsed;
}
