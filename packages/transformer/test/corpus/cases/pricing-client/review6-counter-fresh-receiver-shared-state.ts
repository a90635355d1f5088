// origin: review probe: a numbering object made for the call (new Numbering(...)) that steps a module-wide counter it is given
// category: pricing-client
// decorators: legacy
// expect: KP91046 next|numbering|counter|n
// why: the object is new but the count it steps is the module's, so each call returns other numbers (principle 2: state under any name).
import { memoize } from 'keyproof';

const issued = { n: 1000 };

class Numbering {
  constructor(private readonly counter: { n: number }) {}
  next(): number {
    return this.counter.n++;
  }
}

export class CreditNotes {
  @memoize({ version: 'cn-v1', ttl: '1h' })
  async draft(invoiceId: string): Promise<string> {
    const res = await fetch(`https://billing.internal/v1/invoices/${invoiceId}`);
    const { total } = (await res.json()) as { total: number };
    const numbering = new Numbering(issued);
    return `CN-${numbering.next()} for ${total}`;
  }
}
