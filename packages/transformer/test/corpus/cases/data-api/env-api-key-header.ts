// origin: shape of countless API wrappers (OpenWeather, NASA, Alpha Vantage clients in public repos) reading the API key from process.env inside the call and sending it as a header: credentials, not part of the answer
// category: data-api
// decorators: tc39
// expect: clean
import { memoize } from 'keyproof';

export interface Quote { symbol: string; price: number; changePercent: number }

export class StockQuotes {
  @memoize({ ttl: '1m' })
  async quote(symbol: string): Promise<Quote> {
    const res = await fetch(`https://api.example-markets.com/v1/quote/${encodeURIComponent(symbol)}`, {
      headers: { Authorization: `Bearer ${process.env['MARKETS_API_KEY'] ?? ''}`, accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`quote ${symbol}: ${res.status}`);
    const body = (await res.json()) as { c: number; dp: number };
    return { symbol, price: body.c, changePercent: body.dp };
  }
}
