#!/usr/bin/env node
import { main } from './main.js';

// Exit explicitly: a store client that failed to connect (a Redis that is down) may hold the
// event loop open after the command has already reported it.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`keyproof: ${String(error)}\n`);
    process.exit(1);
  },
);
