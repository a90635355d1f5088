// origin: shape of an Express currency-conversion handler that defines its memoised helper once, outside the request (your own writing, never a verbatim copy)
// category: express-handler
// decorators: tc39
// expect: clean
// why: the helper only reads its parameters, a frozen constant table and a module-level service client; the per-request values stay in the handler and reach the helper only through key-worthy query fields
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

const PRECISION = Object.freeze({ JPY: 0, KWD: 3, DEFAULT: 2 });

interface RatesApi {
  convert(from: string, to: string, amount: number): Promise<{ result: number; rateDate: string }>;
}

declare const ratesApi: RatesApi;

const convert = memoize(
  async function convert(from: string, to: string, amount: number) {
    const { result, rateDate } = await ratesApi.convert(from, to, amount);
    const digits = to === 'JPY' ? PRECISION.JPY : to === 'KWD' ? PRECISION.KWD : PRECISION.DEFAULT;
    return { amount: Number(result.toFixed(digits)), currency: to, rateDate };
  },
  { version: 'cv-v2', ttl: '15m', cost: 0.0001 },
);

export const convertRouter = Router().get('/convert', async (req: Request, res: Response) => {
  const started = Date.now();
  const from = String(req.query.from ?? 'EUR').toUpperCase();
  const to = String(req.query.to ?? 'USD').toUpperCase();
  const out = await convert(from, to, Number(req.query.amount ?? 1));
  res.set('X-Request-Id', req.header('x-request-id') ?? '').set('Server-Timing', `convert;dur=${Date.now() - started}`).json(out);
});
