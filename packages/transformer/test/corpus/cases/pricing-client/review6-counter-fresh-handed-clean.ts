// origin: review probe: a numbering object made for the call, handed second to the helper that steps it
// category: pricing-client
// decorators: legacy
// expect: clean
// why: the counter starts at 1 on every call, so the same order always gets the same numbered lines (nothing more).
import { memoize } from 'keyproof';

function numberLines(lines: string[], numbering: { next: number }): string[] {
  return lines.map((line) => `${numbering.next++}. ${line}`);
}

export class InvoiceDrafts {
  @memoize({ version: 'draft-v1', ttl: '1h' })
  async draft(orderId: string): Promise<string[]> {
    const res = await fetch(`https://orders.internal/v1/orders/${orderId}/lines`);
    const lines = (await res.json()) as string[];
    const numbering = { next: 1 };
    return numberLines(lines, numbering);
  }
}
