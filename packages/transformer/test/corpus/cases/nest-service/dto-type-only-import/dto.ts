export default class InvoiceDto {
  number!: string;
  lines!: InvoiceLineDto[];
  issuedAt!: Date;
}

export class InvoiceLineDto {
  sku!: string;
  quantity!: number;
  unitCents!: number;

  total(): number {
    return this.quantity * this.unitCents;
  }
}
