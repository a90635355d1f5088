// origin: shape of a postcode-lookup client created lazily (??=) from literal options
// category: data-api
// decorators: legacy
// expect: clean
// why: the lazily created client is a service built from constants only; the memoised body's other reads are key parameters
import { memoize } from 'keyproof';

interface AddressApi {
  lookup(postcode: string, opts: { country: string; limit: number }): Promise<{ line1: string; city: string }[]>;
}

class HttpAddressApi implements AddressApi {
  constructor(private readonly baseUrl: string, private readonly timeoutMs: number) {}

  async lookup(postcode: string, opts: { country: string; limit: number }) {
    const res = await fetch(`${this.baseUrl}/lookup/${opts.country}/${encodeURIComponent(postcode)}?limit=${opts.limit}`, {
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    return (await res.json()) as { line1: string; city: string }[];
  }
}

let api: AddressApi | undefined;
function getApi(): AddressApi {
  return (api ??= new HttpAddressApi('https://addresses.example.com/v2', 4_000));
}

export class PostcodeService {
  @memoize({ version: 'pc-v1', ttl: '30d', cost: 0.001 })
  async addresses(postcode: string, country: string): Promise<{ line1: string; city: string }[]> {
    const normalised = postcode.replace(/\s+/g, '').toUpperCase();
    return getApi().lookup(normalised, { country: country.toUpperCase(), limit: 50 });
  }
}
