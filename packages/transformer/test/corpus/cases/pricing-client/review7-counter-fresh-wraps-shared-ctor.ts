// origin: review probe: `new Numbering(0)` made in the call, but its next() steps a module-wide sequence the constructor ignores the literal for
// category: pricing-client
// decorators: tc39
// expect: KP91046 sequence|next|numbering
// why: the numbers come from a sequence shared across calls, so each call gets different numbers for the same invoice (principle 2).
import { memoize } from 'keyproof';

const sequence = { value: 1000 };

class Numbering {
  constructor(readonly offset: number) {}
  next(): number {
    return sequence.value++ + this.offset;
  }
}

export const receiptLines = memoize(
  async function receiptLines(receiptId: string): Promise<string[]> {
    const res = await fetch(`https://billing.internal/v1/receipts/${receiptId}/lines`);
    const numbering = new Numbering(0);
    return ((await res.json()) as string[]).map((t) => `${numbering.next()}. ${t}`);
  },
  { version: 'receipt-lines-v1', ttl: '1h' },
);
