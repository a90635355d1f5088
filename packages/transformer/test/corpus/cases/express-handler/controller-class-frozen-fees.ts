// origin: shape of an Express checkout controller class whose memoised quote uses an injected FX client and a frozen fee table
// category: express-handler
// decorators: legacy
// expect: clean
// why: the fee table is a frozen constant object and the FX client is a service; the handler's request id is only logged
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

const FEES = Object.freeze({ card: 0.029, sepa: 0.008, fixedCents: 30 });

interface FxClient {
  rate(from: string, to: string): Promise<number>;
}

interface Logger {
  info(msg: string, meta?: object): void;
}

export interface CheckoutQuote {
  totalCents: number;
  feeCents: number;
  currency: string;
}

export class CheckoutController {
  constructor(private readonly fx: FxClient, private readonly log: Logger) {}

  @memoize({ version: 'v1', ttl: '10m', cost: 0.0005 })
  async quote(subtotalCents: number, currency: string, method: 'card' | 'sepa'): Promise<CheckoutQuote> {
    const rate = await this.fx.rate('EUR', currency);
    const converted = Math.round(subtotalCents * rate);
    const feeCents = Math.round(converted * FEES[method]) + FEES.fixedCents;
    return { totalCents: converted + feeCents, feeCents, currency };
  }

  handle = async (req: Request<Record<string, string>, { subtotal: number; currency: string; method: 'card' | 'sepa' }>, res: Response): Promise<void> => {
    this.log.info('quote', { requestId: req.headers['x-request-id'], ip: req.ip });
    const { subtotal, currency, method } = req.body;
    res.json(await this.quote(subtotal, currency, method));
  };
}
