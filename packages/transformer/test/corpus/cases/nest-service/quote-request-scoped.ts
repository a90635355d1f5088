// origin: shape of a request-scoped NestJS shipping-quote service reading the tenant header off the injected request
// category: nest-service
// decorators: legacy
// expect: KP* request|tenant
// why: the request being served (REQUEST-scoped provider) reaches the upstream call unkeyed: per-caller context needs a decision
import { Injectable, Inject, Scope } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import type { Request } from 'express';
import { memoize } from 'keyproof';

export interface ShippingQuote {
  carrier: string;
  amountCents: number;
  etaDays: number;
}

@Injectable({ scope: Scope.REQUEST })
export class ShippingQuoteService {
  constructor(
    private readonly http: HttpService,
    @Inject(REQUEST) private readonly request: Request,
  ) {}

  private tenantHeader(): string {
    const raw = this.request.headers['x-tenant-id'];
    return Array.isArray(raw) ? raw[0] : raw ?? 'public';
  }

  @memoize({ version: 'v1', ttl: '6h', cost: 0.002 })
  async quote(originZip: string, destZip: string, weightGrams: number): Promise<ShippingQuote[]> {
    const tenant = this.tenantHeader();
    const res = await firstValueFrom(
      this.http.get<ShippingQuote[]>('https://rates.shipfast.example/v2/quotes', {
        params: { from: originZip, to: destZip, grams: weightGrams },
        headers: { 'x-account': tenant },
      }),
    );
    return res.data.map((q) => ({ carrier: q.carrier, amountCents: q.amountCents, etaDays: q.etaDays }));
  }
}
