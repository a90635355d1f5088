// origin: review probe: twin of counter-wrapped-shared-sequence handing the module sequence itself to the helper
// category: pricing-client
// decorators: tc39
// expect: KP91046 next|numberLines|invoiceNumbers|seq
// why: the counter lives on the module's sequence, so every call returns other numbers (principle 2).
import { memoize } from 'keyproof';

class Sequence { next = 1; }
const invoiceNumbers = new Sequence();

function numberLines(seq: Sequence, lines: string[]): string[] {
  return lines.map((line) => `INV-${seq.next++} ${line}`);
}

export const draftInvoice = memoize(
  async function draftInvoice(orderId: string): Promise<string[]> {
    const res = await fetch(`https://orders.internal/v1/orders/${orderId}/lines`);
    const lines = (await res.json()) as string[];
    return numberLines(invoiceNumbers, lines);
  },
  { version: 'draft-v1', ttl: '1h' },
);
