// origin: shape of a tax-rate API client with a settings module that validates the environment at load (never a verbatim copy)
// category: data-api
// decorators: tc39
// expect: KP91044|KP91046 settings
// why: settings is built from the environment at start-up and its jurisdiction set and rounding mode shape both the request and the returned rates; it is an imported-config-like module object with no key decision (principle 2).
// widened: the writer expected KP91046; keyproof gives a value of process.env or of the machine that reaches the answer KP91044, as its README's code table says (round 10's scoring).
import { memoize } from 'keyproof';

// --- settings.ts (inlined): read and validate once, fail fast on a bad deploy ---
type Rounding = 'half-up' | 'half-even';
function loadSettings(source: Record<string, string | undefined>) {
  const rounding = (source.TAX_ROUNDING ?? 'half-up') as Rounding;
  if (rounding !== 'half-up' && rounding !== 'half-even') throw new Error(`TAX_ROUNDING must be half-up or half-even, got ${rounding}`);
  const nexus = (source.TAX_NEXUS_STATES ?? 'CA,NY,TX').split(',').map((s) => s.trim().toUpperCase());
  return Object.freeze({ rounding, nexus, apiKey: source.TAX_API_KEY ?? '' });
}
export const settings = loadSettings(process.env);

// --- tax-client.ts ---
export interface TaxQuote {
  postalCode: string;
  rate: number;
  collected: boolean;
}

export class TaxRates {
  /** Rates change quarterly; checkout asks for every cart update. */
  @memoize({ version: 'tax-v3', ttl: '1d', cost: 0.002 })
  async quote(country: string, state: string, postalCode: string): Promise<TaxQuote> {
    const collected = country !== 'US' || settings.nexus.includes(state);
    const res = await fetch(`https://api.example-tax.com/v2/rates/${country}/${postalCode}?rounding=${settings.rounding}`, {
      headers: { 'x-api-key': settings.apiKey },
    });
    const body = (await res.json()) as { combined_rate: number };
    return { postalCode, rate: collected ? body.combined_rate : 0, collected };
  }
}
