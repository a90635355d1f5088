// origin: shape of a NestJS shipping-quote service returning DTO instances with getters and setters
// category: nest-service
// decorators: legacy
// expect: clean
// why: exported DTO classes (with accessors, nested DTOs in an array, and `| null`) round-trip: keyproof restores their prototypes
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';
import { MoneyDto, QuoteDto } from './quote.dto';

interface CarrierQuote {
  legs: { cents: number; currency: string }[];
  expires: string;
}

@Injectable()
export class ShippingQuoteService {
  constructor(private readonly http: HttpService) {}

  @memoize({ version: 'ship-v1', ttl: '15m', cost: 0.01 })
  async quote(fromZip: string, toZip: string, weightGrams: number): Promise<QuoteDto | null> {
    const res = await firstValueFrom(
      this.http.post<CarrierQuote | null>('https://carrier.example.com/rates', { fromZip, toZip, weightGrams }),
    );
    if (!res.data) return null;
    const quote = new QuoteDto();
    quote.lines = res.data.legs.map((leg) => new MoneyDto(leg.cents, leg.currency));
    quote.validUntil = new Date(res.data.expires);
    return quote;
  }
}
