import { runScenario } from './scenario.js';

runScenario().then(
  (result) => process.stdout.write(`KEYPROOF_RESULT ${JSON.stringify(result)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
