// origin: review probe: a sequence service (`this.seq += 1; return this.seq`) whose number is sent only as an x-request-id header, the upstream answer returned (per-call counter via a called function)
// category: nest-service
// decorators: legacy
// expect: clean
// why: the request id only says which call this is (it travels); the answer to the same question is the same whatever id it carried.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

@Injectable()
export class RequestIds {
  private seq = 0;
  next(): string {
    this.seq += 1;
    return `geo-${process.pid}-${this.seq}`;
  }
}

@Injectable()
export class PostcodeLookup {
  constructor(
    private readonly http: HttpService,
    private readonly ids: RequestIds,
  ) {}

  @memoize({ version: 'postcode-v1', ttl: '30d', cost: 0.001 })
  async lookup(postcode: string): Promise<{ lat: number; lng: number }> {
    const { data } = await firstValueFrom(
      this.http.get<{ lat: number; lng: number }>(`https://postcodes.example/${encodeURIComponent(postcode)}`, {
        headers: { 'x-request-id': this.ids.next() },
      }),
    );
    return data;
  }
}
