// origin: shape of a NestJS vendor-client hierarchy where the abstract base holds the API version given to its constructor
// category: nest-service
// decorators: legacy
// expect: KP* apiVersion
// why: the memoised method sends a base-class field (set from a constructor argument) as the API version header without keying it (nothing less)
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export abstract class VendorClient {
  protected readonly apiVersion: string;

  protected constructor(protected readonly http: HttpService, apiVersion: string) {
    this.apiVersion = apiVersion;
  }

  protected headers(): Record<string, string> {
    return { 'X-Api-Version': this.apiVersion, Accept: 'application/json' };
  }
}

export interface ShippingRate {
  carrier: string;
  service: string;
  amountCents: number;
}

@Injectable()
export class ShippingRatesClient extends VendorClient {
  constructor(http: HttpService, apiVersion: string) {
    super(http, apiVersion);
  }

  @memoize({ version: 'v1', ttl: '12h', cost: 0.01 })
  async rates(fromZip: string, toZip: string, weightGrams: number): Promise<ShippingRate[]> {
    const res = await firstValueFrom(
      this.http.post<ShippingRate[]>(
        'https://rates.shipping.example.com/quote',
        { from: fromZip, to: toZip, weight: weightGrams },
        { headers: this.headers() },
      ),
    );
    return res.data.map((r) => ({ carrier: r.carrier, service: r.service, amountCents: r.amountCents }));
  }
}
