export class PricePoint {
  constructor(
    public readonly priceId: string,
    public readonly cents: number,
    public readonly currency: string,
  ) {}

  get display(): string {
    return `${(this.cents / 100).toFixed(2)} ${this.currency.toUpperCase()}`;
  }

  isFree(): boolean {
    return this.cents === 0;
  }
}
