// origin: shape of a NestJS billing service returning upcoming-invoice DTOs with nested value objects (your own writing, never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: clean
// why: return value: the result holds instances of the user's own exported classes, in an array, nested in properties and as `X | null`; keyproof restores them, so nothing is unstorable
import { Inject, Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { memoize } from 'keyproof';
import { InvoiceDto, InvoiceLineDto, MoneyVo } from './invoice.dto';

export interface UpcomingSummary {
  invoices: InvoiceDto[];
  largestLine: MoneyVo | null;
}

@Injectable()
export class UpcomingInvoiceService {
  constructor(@Inject('STRIPE') private readonly stripe: Stripe) {}

  @memoize({ version: 'upc-v2', ttl: '1h', cost: 0.002 })
  async upcoming(customerId: string, subscriptionId: string): Promise<UpcomingSummary> {
    const inv = await this.stripe.invoices.retrieveUpcoming({ customer: customerId, subscription: subscriptionId });
    const dto = new InvoiceDto(inv.id, new MoneyVo(inv.amount_due, inv.currency));
    let largest: MoneyVo | null = null;
    for (const line of inv.lines.data) {
      const total = new MoneyVo(line.amount, inv.currency);
      dto.lines.push(new InvoiceLineDto(line.description ?? 'item', total));
      if (!largest || total.amount > largest.amount) largest = total;
    }
    return { invoices: [dto], largestLine: largest };
  }
}
