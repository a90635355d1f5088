// origin: review probe: a module-wide invoice sequence wrapped in a fresh object literal and handed to the helper that steps it
// category: pricing-client
// decorators: tc39
// expect: KP91046 next|numberLines|invoiceNumbers|run
// why: the wrapper is made for the call but the counter it steps lives on the module's sequence, so every call returns other numbers (principle 2: state under any name).
import { memoize } from 'keyproof';

class Sequence { next = 1; }
const invoiceNumbers = new Sequence();

function numberLines(run: { seq: Sequence; prefix: string }, lines: string[]): string[] {
  return lines.map((line) => `${run.prefix}-${run.seq.next++} ${line}`);
}

export const draftInvoice = memoize(
  async function draftInvoice(orderId: string): Promise<string[]> {
    const res = await fetch(`https://orders.internal/v1/orders/${orderId}/lines`);
    const lines = (await res.json()) as string[];
    const run = { seq: invoiceNumbers, prefix: 'INV' };
    return numberLines(run, lines);
  },
  { version: 'draft-v1', ttl: '1h' },
);
