import { readFileSync } from 'node:fs';
import { CliError, usageError } from './cli-error.js';
import { checkCommand } from './commands/check.js';
import { clearCommand } from './commands/clear.js';
import { explainCommand } from './commands/explain.js';
import { initCommand } from './commands/init.js';
import { keysCommand } from './commands/keys.js';
import { pruneCommand } from './commands/prune.js';
import { reviewCommand } from './commands/review.js';
import { statsCommand } from './commands/stats.js';
import { processOutput, type Output } from './output.js';
import { USAGE, type CommandName } from './usage.js';

export type { Output } from './output.js';
export { CliError } from './cli-error.js';

const COMMANDS: Record<CommandName, (argv: readonly string[], io: Output) => Promise<number>> = {
  init: initCommand,
  stats: statsCommand,
  explain: explainCommand,
  clear: clearCommand,
  prune: pruneCommand,
  check: checkCommand,
  keys: keysCommand,
  review: reviewCommand,
};

/** Run the CLI with `argv` (without `node` and the script). Resolves to the exit code. */
export async function main(argv: readonly string[], io: Output = processOutput): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.out(USAGE.main);
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
      io.out(version());
      return 0;
    }
    if (!(command in COMMANDS)) {
      throw usageError(
        '',
        `unknown command ${JSON.stringify(command)}. Commands: ${Object.keys(COMMANDS).join(', ')}.`,
      );
    }
    return await COMMANDS[command as CommandName](rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`keyproof${command && command in COMMANDS ? ` ${command}` : ''}: ${error.message}`);
      return error.exitCode;
    }
    io.err(`keyproof: unexpected failure: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
