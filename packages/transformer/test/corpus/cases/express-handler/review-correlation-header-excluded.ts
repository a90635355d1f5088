// origin: review probe: a correlation id parameter forwarded as X-Correlation-Id and excluded from the key (TRAVEL_HEADER, right side)
// category: express-handler
// decorators: tc39
// expect: clean
// why: the correlation id only names the call for the logs upstream; the quote answered is the same (nothing more).
import { Router } from 'express';
import { memoize } from 'keyproof';

export const shippingQuote = memoize(
  /**
   * @excludeFromKey correlationId only names the call in the carrier's logs
   */
  async function shippingQuote(from: string, to: string, grams: number, correlationId: string): Promise<number> {
    const res = await fetch(`https://carrier.example/quote?from=${from}&to=${to}&g=${grams}`, {
      headers: { 'X-Correlation-Id': correlationId },
    });
    return ((await res.json()) as { cents: number }).cents;
  },
  { version: 'ship-quote-v1', ttl: '10m', cost: 0.0003 },
);

export const router = Router();
router.get('/quote', async (req, res) => {
  const cents = await shippingQuote(String(req.query.from), String(req.query.to), Number(req.query.g), String(req.headers['x-correlation-id'] ?? ''));
  res.json({ cents });
});
