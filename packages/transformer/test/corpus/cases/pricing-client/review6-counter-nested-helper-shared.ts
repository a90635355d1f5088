// origin: review probe: the body hands a fresh page object first and the service's shared sequence third to a layout helper, which hands the sequence to the stepping function as its first argument
// category: pricing-client
// decorators: legacy
// expect: KP91046 n|layout|seq|stamp
// why: the counter stepped is the service's own sequence, which outlives the call, so each call returns other numbers (principle 2); the fresh page at the same argument position is another object.
import { memoize } from 'keyproof';

function stamp(seq: { n: number }, line: string): string {
  return `${seq.n++}. ${line}`;
}

function layout(page: { title: string }, lines: string[], seq: { n: number }): string[] {
  return [page.title, ...lines.map((l) => stamp(seq, l))];
}

export class Statements {
  private readonly seq = { n: 1 };

  @memoize({ version: 'stmt-v1', ttl: '1h' })
  async statement(accountId: string): Promise<string[]> {
    const res = await fetch(`https://ledger.internal/v1/accounts/${accountId}/lines`);
    const lines = (await res.json()) as string[];
    const page = { title: `Statement ${accountId}` };
    return layout(page, lines, this.seq);
  }
}
