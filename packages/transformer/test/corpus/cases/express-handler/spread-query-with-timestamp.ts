// origin: shape of an Express proxy route to a listings API: the query object spread into the filter with a requestedAt stamp added for the upstream's audit log
// category: express-handler
// decorators: tc39
// expect: KP91020 filters
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

export interface ListingFilters { city?: string; minRooms?: number; maxRent?: number; requestedAt?: number }
export interface Listing { id: string; city: string; rooms: number; rent: number }

export const fetchListings = memoize(async function fetchListings(filters: ListingFilters): Promise<Listing[]> {
  const res = await fetch('https://listings.internal/search', { method: 'POST', body: JSON.stringify(filters) });
  return (await res.json()) as Listing[];
}, { ttl: '2m' });

export async function listingsRoute(req: Request, res: Response): Promise<void> {
  const { city, minRooms, maxRent } = req.query;
  const filters: ListingFilters = {
    ...(city ? { city } : {}),
    ...(minRooms ? { minRooms: Number(minRooms) } : {}),
    ...(maxRent ? { maxRent: Number(maxRent) } : {}),
    requestedAt: Date.now(),
  };
  res.json(await fetchListings(filters));
}
