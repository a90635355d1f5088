// origin: shape of a store-locator NestJS service whose DTO holds a module-private class
// category: nest-service
// decorators: legacy
// expect: KP91032 nearest
//
// GeoPoint is not exported from its module: the plan cannot name it, so a hit could not give
// the location back as a GeoPoint. The message says to export it.
import { Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';
import { StoreDto } from './dto';

interface StoresApi { nearest(zip: string): Promise<StoreDto> }

@Injectable()
export class StoresService {
  constructor(private readonly api: StoresApi) {}

  @memoize({ ttl: '1d' })
  async nearest(zip: string): Promise<StoreDto> {
    return this.api.nearest(zip);
  }
}
