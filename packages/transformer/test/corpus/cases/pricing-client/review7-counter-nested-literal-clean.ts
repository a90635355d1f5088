// origin: review probe: a fresh layout state made in the call ({ counters: { line: 1 } }), its nested counter stepped by a helper it is handed
// category: pricing-client
// decorators: tc39
// expect: clean
// why: the counter lives on an object the call makes from literals, so every call numbers from 1 and the numbering is the same for the same invoice (principle 3).
import { memoize } from 'keyproof';

interface Layout { counters: { line: number } }

function numberLine(layout: Layout, text: string): string {
  return `${layout.counters.line++}. ${text}`;
}

export const invoiceLines = memoize(
  async function invoiceLines(invoiceId: string): Promise<string[]> {
    const res = await fetch(`https://billing.internal/v1/invoices/${invoiceId}/lines`);
    const lines = (await res.json()) as string[];
    const layout: Layout = { counters: { line: 1 } };
    return lines.map((l) => numberLine(layout, l));
  },
  { version: 'invoice-lines-v1', ttl: '1h' },
);
