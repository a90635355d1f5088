// origin: review probe: a module's validator, called for its throw (assert(row);), and used to normalise the rows in the answer
// category: data-api
// decorators: tc39
// expect: clean
// why: the validator's rules are fixed when the module loads and no call changes them, so it is a constant (principle 3).
import { memoize } from 'keyproof';

class RowValidator {
  constructor(private readonly required: readonly string[]) {}
  assert(row: Record<string, unknown>): void {
    for (const field of this.required) if (row[field] === undefined) throw new Error(`missing ${field}`);
  }
  normalise(row: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(this.required.map((f) => [f, row[f]]));
  }
}

const validator = new RowValidator(['id', 'email', 'plan']);

export const accountRows = memoize(
  async function accountRows(org: string): Promise<Record<string, unknown>[]> {
    const res = await fetch(`https://accounts.internal/v1/orgs/${org}/accounts`);
    const rows = (await res.json()) as Record<string, unknown>[];
    for (const row of rows) validator.assert(row);
    return rows.map((r) => validator.normalise(r));
  },
  { version: 'account-rows-v1', ttl: '5m' },
);
