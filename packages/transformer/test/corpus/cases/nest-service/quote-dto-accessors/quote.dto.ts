export class MoneyDto {
  constructor(
    public amountMinor: number,
    public currency: string,
  ) {}

  get major(): number {
    return this.amountMinor / 100;
  }
}

export class QuoteDto {
  lines: MoneyDto[] = [];
  validUntil = new Date(0);

  get total(): MoneyDto {
    const sum = this.lines.reduce((acc, line) => acc + line.amountMinor, 0);
    return new MoneyDto(sum, this.lines[0]?.currency ?? 'EUR');
  }

  set discountPercent(p: number) {
    this.lines = this.lines.map((l) => new MoneyDto(Math.round(l.amountMinor * (1 - p / 100)), l.currency));
  }
}
