// origin: shape of a real-estate listings API client that destructures and re-spreads its search argument into the upstream body
// category: data-api
// decorators: legacy
// expect: clean
// why: destructuring, spreads and templates only move key arguments around; the client is built from constants (a service)
import { memoize } from 'keyproof';

declare class ListingsClient {
  constructor(options: { baseUrl: string; apiVersion: string });
  search(body: Record<string, unknown>): Promise<{ id: string; priceCents: number; beds: number }[]>;
}

const listings = new ListingsClient({ baseUrl: 'https://listings.example.com', apiVersion: '2024-06-01' });

export interface ListingSearch {
  city: string;
  minBeds: number;
  priceFrom: number;
  priceTo: number;
  sort: 'price' | 'newest';
}

export class ListingsService {
  @memoize({ version: 'v1', ttl: '20m', cost: 0.003 })
  async search(criteria: ListingSearch): Promise<{ id: string; priceCents: number; beds: number }[]> {
    const { priceFrom, priceTo, ...rest } = criteria;
    const body = { ...rest, city: rest.city.toLowerCase(), price: `${priceFrom}..${priceTo}` };
    const rows = await listings.search(body);
    return rows.map(({ id, priceCents, beds }) => ({ id, priceCents, beds }));
  }
}
