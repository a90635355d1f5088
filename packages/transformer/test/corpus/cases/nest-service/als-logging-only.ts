// origin: shape of a NestJS address-validation service that tags its logs with the request id from AsyncLocalStorage (your own writing, never a verbatim copy)
// category: nest-service
// decorators: tc39
// expect: clean
// why: the AsyncLocalStorage context is read only for a log line and a metric label, never for the request or the result, so it needs no decision
import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export const requestStore = new AsyncLocalStorage<{ requestId: string; userId?: string }>();

export interface Metrics {
  increment(name: string, tags?: Record<string, string>): void;
}

export interface VerifiedAddress {
  line1: string;
  postcode: string;
  deliverable: boolean;
}

const VERIFY_URL = 'https://address.example.com/v2/verify';

@Injectable()
export class AddressService {
  private readonly logger = new Logger('AddressService');

  constructor(private readonly http: HttpService, private readonly metrics: Metrics) {}

  @memoize({ version: 'addr-v1', ttl: '30d', cost: 0.01 })
  async verify(line1: string, postcode: string, country: string): Promise<VerifiedAddress> {
    const reqId = requestStore.getStore()?.requestId ?? '-';
    this.logger.log(`[${reqId}] verifying address in ${country}`);
    const res = await firstValueFrom(
      this.http.post<VerifiedAddress>(VERIFY_URL, { line1, postcode: postcode.replace(/\s+/g, ''), country }),
    );
    this.metrics.increment('address.verify', { request: reqId, country });
    return res.data;
  }
}
