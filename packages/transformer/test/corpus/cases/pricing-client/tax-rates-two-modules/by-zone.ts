export interface TaxRate { zone: string; ratePercent: number; reverseCharge: boolean }

export async function byZone(zone: string, businessCustomer: boolean): Promise<TaxRate> {
  const res = await fetch(`https://tax.internal/v1/rates/${encodeURIComponent(zone)}`);
  const { rate } = (await res.json()) as { rate: number };
  return { zone, ratePercent: rate, reverseCharge: businessCustomer && zone !== 'DE' };
}
