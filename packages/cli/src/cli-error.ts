/**
 * An error the CLI reports as a message, without a stack trace. `exitCode` 2 means the
 * command line itself was wrong (usage); 1 means the command could not do its job.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A usage mistake: the message plus a pointer to the command's help. */
export function usageError(command: string, message: string): CliError {
  const help = command ? `keyproof ${command} --help` : 'keyproof --help';
  return new CliError(`${message}\nRun \`${help}\` for usage.`, 2);
}
