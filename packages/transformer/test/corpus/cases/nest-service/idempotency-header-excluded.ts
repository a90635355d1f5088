// origin: shape of a NestJS payments controller forwarding the client's Idempotency-Key header to a quote service, where that parameter is excluded from the key
// category: nest-service
// decorators: legacy
// expect: clean
import { Controller, Get, Injectable, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { memoize, notKey } from 'keyproof';

export interface ShippingQuote { carrier: string; priceCents: number; days: number }
interface CarrierRates { quote(fromZip: string, toZip: string, grams: number, idempotencyKey: string): Promise<ShippingQuote[]> }

@Injectable()
export class ShippingQuotes {
  constructor(private readonly rates: CarrierRates) {}

  @memoize({ ttl: '10m' })
  async quotes(fromZip: string, toZip: string, grams: number, @notKey idempotencyKey: string): Promise<ShippingQuote[]> {
    return this.rates.quote(fromZip, toZip, Math.ceil(grams / 100) * 100, idempotencyKey);
  }
}

@Controller('shipping')
export class ShippingController {
  constructor(private readonly quotes: ShippingQuotes) {}

  @Get(':from/:to/:grams')
  async get(@Param('from') from: string, @Param('to') to: string, @Param('grams') grams: string, @Req() req: Request): Promise<ShippingQuote[]> {
    return this.quotes.quotes(from, to, Number(grams), req.headers['idempotency-key']?.toString() ?? '');
  }
}
