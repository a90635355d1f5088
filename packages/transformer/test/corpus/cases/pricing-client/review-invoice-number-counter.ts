// origin: review probe: a numbering service steps its counter and returns its storage (`this.last += 1; return \`Q-${this.last}\``), the memoised quote returns it (counter read after step, positive)
// category: pricing-client
// decorators: legacy
// expect: KP91046 last
// why: every call should get a new quote number, but a cached quote keeps the number of the call that filled the cache: state reaches the answer.
import { Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';

@Injectable()
export class QuoteNumbers {
  private last = 1000;
  next(): string {
    this.last += 1;
    return `Q-${this.last}`;
  }
}

@Injectable()
export class Quotes {
  constructor(private readonly numbers: QuoteNumbers) {}

  @memoize({ version: 'quote-v1', ttl: '10m', cost: 0.0001 })
  async quote(sku: string, qty: number): Promise<{ number: string; totalCents: number }> {
    const unit = sku.startsWith('PRO') ? 4900 : 1900;
    return { number: this.numbers.next(), totalCents: unit * qty };
  }
}
