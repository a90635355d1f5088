#!/usr/bin/env node
import { main } from './main.js';

// Exit explicitly: a store client that failed to connect (a Redis that is down) may hold the
// event loop open after the command has already reported it. But only once stdout and stderr
// have drained: a pipe is written asynchronously, and exiting at once would cut a large
// output (`stats --json` on a big store) short.
function exit(code: number): void {
  let open = 2;
  const drained = (): void => {
    if (--open === 0) process.exit(code);
  };
  process.stdout.write('', drained);
  process.stderr.write('', drained);
}

main(process.argv.slice(2)).then(exit, (error: unknown) => {
  process.stderr.write(`keyproof: ${String(error)}\n`);
  exit(1);
});
