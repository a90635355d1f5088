// origin: shape of an Express flight-search endpoint that spreads the query string into the memoised search params and stamps the request time
// category: express-handler
// decorators: tc39
// expect: KP* at|params
// why: the keyed params object is built by spreading the query and adding Date.now(), so a per-call clock value lands in the key (nothing more)
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

interface FlightQuery {
  from: string;
  to: string;
  date: string;
  at: number;
}

interface Offer {
  carrier: string;
  priceCents: number;
  departs: string;
}

declare const gds: { search(from: string, to: string, date: string): Promise<Offer[]> };

const searchFlights = memoize(
  async function searchFlights(params: FlightQuery): Promise<Offer[]> {
    const offers = await gds.search(params.from, params.to, params.date);
    return offers.sort((a, b) => a.priceCents - b.priceCents).slice(0, 25);
  },
  { ttl: '10m', cost: 0.04 },
);

export const flights = Router();

flights.get('/flights', async (req: Request<Record<string, string>, unknown, { from: string; to: string; date: string }>, res: Response) => {
  const params: FlightQuery = { ...req.query, at: Date.now() };
  res.json(await searchFlights(params));
});
