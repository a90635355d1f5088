// origin: shape of a NestJS billing service importing its DTOs with `import type` (isolatedModules projects do), default export included
// category: nest-service
// decorators: tc39
// expect: clean
//
// `import type` is erased by TypeScript: the plan names the classes through imports of its own.
import { memoize } from 'keyproof';
import type InvoiceDto from './dto';
import type { InvoiceLineDto } from './dto';

interface Billing {
  invoice(id: string): Promise<InvoiceDto>;
}

export class InvoicesService {
  constructor(private readonly billing: Billing) {}

  @memoize({ ttl: '1h' })
  async invoice(id: string): Promise<InvoiceDto> {
    return this.billing.invoice(id);
  }

  @memoize({ ttl: '1h' })
  async lines(id: string): Promise<ReadonlySet<InvoiceLineDto>> {
    return new Set((await this.billing.invoice(id)).lines);
  }
}
