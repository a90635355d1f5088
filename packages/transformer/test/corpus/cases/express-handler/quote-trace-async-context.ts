// origin: shape of an Express market-data API using AsyncLocalStorage for per-request context (never a verbatim copy)
// category: express-handler
// decorators: legacy
// expect: clean
// why: the AsyncLocalStorage store only supplies the request id for a trace header and a log line; the quote asked for and returned depends on the symbol alone (principles 1 and 3).
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { memoize } from 'keyproof';

interface RequestScope {
  requestId: string;
}

export const requestContext = new AsyncLocalStorage<RequestScope>();

export function contextMiddleware(req: Request, _res: Response, next: NextFunction): void {
  requestContext.run({ requestId: req.headers['x-request-id'] ?? randomUUID() }, () => next());
}

function log(message: string): void {
  const id = requestContext.getStore()?.requestId ?? '-';
  console.log(`[${id}] ${message}`);
}

export interface QuoteSummary {
  symbol: string;
  last: number;
  currency: string;
}

export class QuoteService {
  @memoize({ version: 'quote-v2', ttl: '60s', cost: 0.0005 })
  async summary(symbol: string): Promise<QuoteSummary> {
    const traceId = requestContext.getStore()?.requestId ?? 'background';
    log(`quote miss for ${symbol}`);
    const res = await fetch(`https://marketdata.example.com/v1/quotes/${encodeURIComponent(symbol)}`, {
      headers: { 'x-request-id': traceId, 'user-agent': 'quotes-api/3.2' },
    });
    if (!res.ok) throw new Error(`quote ${symbol}: ${res.status} (trace ${traceId})`);
    const q = (await res.json()) as { last: number; currency: string };
    return { symbol, last: q.last, currency: q.currency };
  }
}

const quotes = new QuoteService();

export async function quoteHandler(req: Request<{ symbol: string }>, res: Response): Promise<void> {
  res.json(await quotes.summary(req.params.symbol.toUpperCase()));
}
