// origin: shape of a typed REST client whose request types carry a phantom __apiType?: T property (type-level only; never set at run time), as generated SDKs do
// category: data-api
// decorators: legacy
// expect: clean
import { memoize } from 'keyproof';

export interface Endpoint<T> { path: string; query: Record<string, string>; __apiType?: (value: T) => void }
export interface Country { code: string; name: string; currency: string }

export class RestCountries {
  @memoize({ ttl: '30d' })
  async get<T>(endpoint: Endpoint<T>): Promise<T> {
    const res = await fetch(`https://restcountries.com/v3.1/${endpoint.path}?${new URLSearchParams(endpoint.query)}`);
    return (await res.json()) as T;
  }

  async country(code: string): Promise<Country> {
    return this.get<Country>({ path: `alpha/${code}`, query: { fields: 'cca2,name,currencies' } });
  }
}
