// origin: review probe: twin of partner-client-id-header-state with the header X-Partner (no travel name)
// category: nest-service
// decorators: legacy
// expect: KP91040|KP91046 clientId
// why: the partner API answers with that client's catalogue, so service state switched at run time shapes the answer (principle 2).
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

@Injectable()
export class PartnerCatalogue {
  private clientId = 'web';

  constructor(private readonly http: HttpService) {}

  actFor(partner: string): void {
    this.clientId = partner;
  }

  @memoize({ version: 'partner-catalogue-v1', ttl: '10m', cost: 0.0005 })
  async products(category: string): Promise<{ sku: string; price: number }[]> {
    const { data } = await firstValueFrom(
      this.http.get<{ sku: string; price: number }[]>(`https://partners.example/catalogue/${category}`, {
        headers: { 'X-Partner': this.clientId },
      }),
    );
    return data;
  }
}
