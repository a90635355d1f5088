/** Case files print their result groups as one JSON line on stdout, prefixed so logs cannot be mistaken for it. */
export const MARK = '@@keyproof-bench ';
export function emit(groups) {
  process.stdout.write(`${MARK}${JSON.stringify(groups)}\n`);
}
