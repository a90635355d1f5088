// origin: shape of a NestJS exchange-data provider hierarchy whose base constructor fixes the API version and base URL from constants (your own writing, never a verbatim copy)
// category: nest-service
// decorators: tc39
// expect: clean
// why: the memoised subclass method reads protected fields the parent constructor set only from module constants (compile-time constants), plus the injected HttpService
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

const MARKETS_BASE = 'https://markets.example.com';
const MARKETS_API_VERSION = '2024-01';

export abstract class MarketsProvider {
  protected readonly baseUrl: string;
  protected readonly apiVersion: string;

  constructor(protected readonly http: HttpService) {
    this.baseUrl = `${MARKETS_BASE}/api`;
    this.apiVersion = MARKETS_API_VERSION;
  }
}

@Injectable()
export class EquityQuotes extends MarketsProvider {
  constructor(http: HttpService) {
    super(http);
  }

  @memoize({ version: 'eq-v1', ttl: '1d', cost: 0.002 })
  async closingPrice(ticker: string, day: string): Promise<number | null> {
    const res = await firstValueFrom(
      this.http.get<{ close?: number }>(`${this.baseUrl}/equities/${ticker.toUpperCase()}/close`, {
        params: { date: day },
        headers: { 'Api-Version': this.apiVersion },
      }),
    );
    return res.data.close ?? null;
  }
}
