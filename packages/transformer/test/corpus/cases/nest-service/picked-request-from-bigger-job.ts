// origin: shape of a NestJS banner service keyed on two picked fields of its request; callers pass the whole job entity (which also carries jobId and timestamps), as structural typing allows
// category: nest-service
// decorators: legacy
// expect: clean
import { Injectable } from '@nestjs/common';
import { cacheKey, memoize } from 'keyproof';

export interface BannerRequest { headline: string; palette: string[] }
export interface BannerJob extends BannerRequest { jobId: string; requestedBy: string; createdAt: string }
interface Designer { banner(headline: string, palette: string[]): Promise<Uint8Array> }

@Injectable()
export class BannerService {
  constructor(private readonly designer: Designer) {}

  @memoize({ ttl: '30d', cost: 0.02 })
  async banner(@cacheKey('headline', 'palette') req: BannerRequest): Promise<Uint8Array> {
    return this.designer.banner(req.headline, req.palette);
  }
}

@Injectable()
export class BannerJobs {
  constructor(private readonly banners: BannerService) {}

  async run(job: BannerJob): Promise<number> {
    const png = await this.banners.banner(job);
    return png.byteLength;
  }
}
