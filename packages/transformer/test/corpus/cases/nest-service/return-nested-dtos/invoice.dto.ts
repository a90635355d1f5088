export class MoneyVo {
  constructor(public readonly amount: number, public readonly currency: string) {}
  format(): string {
    return `${(this.amount / 100).toFixed(2)} ${this.currency.toUpperCase()}`;
  }
}

export class InvoiceLineDto {
  constructor(public readonly description: string, public readonly total: MoneyVo) {}
}

export class InvoiceDto {
  lines: InvoiceLineDto[] = [];
  constructor(public readonly id: string, public readonly due: MoneyVo) {}
  isEmpty(): boolean {
    return this.lines.length === 0;
  }
}
