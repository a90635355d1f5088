// origin: shape of an Express market-data API using AsyncLocalStorage for per-request context (never a verbatim copy)
// category: express-handler
// decorators: legacy
// expect: KP91046 requestContext
// why: the locale of the request being served is read from the AsyncLocalStorage store inside the memoised body and sent upstream as the language of the description (principle 2).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { memoize } from 'keyproof';

interface RequestScope {
  requestId: string;
  locale: string;
}

export const requestContext = new AsyncLocalStorage<RequestScope>();

export function contextMiddleware(req: Request, _res: Response, next: NextFunction): void {
  const locale = req.headers['accept-language']?.split(',')[0] ?? 'en-US';
  requestContext.run({ requestId: req.headers['x-request-id'] ?? 'none', locale }, () => next());
}

export interface QuoteSummary {
  symbol: string;
  last: number;
  description: string;
}

export class QuoteService {
  @memoize({ version: 'quote-v2', ttl: '60s', cost: 0.0005 })
  async summary(symbol: string): Promise<QuoteSummary> {
    const lang = requestContext.getStore()?.locale ?? 'en-US';
    const res = await fetch(`https://marketdata.example.com/v1/quotes/${encodeURIComponent(symbol)}?lang=${lang}`);
    if (!res.ok) throw new Error(`quote ${symbol}: ${res.status}`);
    const q = (await res.json()) as { last: number; long_description: string };
    return { symbol, last: q.last, description: q.long_description };
  }
}

const quotes = new QuoteService();

export async function quoteHandler(req: Request<{ symbol: string }>, res: Response): Promise<void> {
  res.json(await quotes.summary(req.params.symbol.toUpperCase()));
}
