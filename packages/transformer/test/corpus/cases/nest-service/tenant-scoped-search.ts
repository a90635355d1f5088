// origin: shape of a multi-tenant NestJS product service (Prisma-style repository, @Cacheable keyed on tenantId and id in the original): the tenant is deliberately part of the key
// category: nest-service
// decorators: legacy
// expect: clean
// key: tenantId
import { Controller, Get, Injectable, Query, Req } from '@nestjs/common';
import { memoize } from 'keyproof';

export interface ProductRow { id: string; tenantId: string; name: string; priceCents: number }
export interface Page<T> { items: T[]; page: number; pageSize: number; total: number }
interface ProductRepository {
  findMany(args: { where: { tenantId: string; name?: { contains: string } }; skip: number; take: number }): Promise<ProductRow[]>;
  count(args: { where: { tenantId: string } }): Promise<number>;
}
interface AuthedRequest { user: { id: string; tenantId: string; roles: string[] } }

@Injectable()
export class ProductService {
  constructor(private readonly products: ProductRepository) {}

  /** One page of a tenant's catalogue. The tenant is in the key on purpose: tenants never share results. */
  @memoize({ ttl: '5m' })
  async search(tenantId: string, query: string, page = 1, pageSize = 20): Promise<Page<ProductRow>> {
    const where = { tenantId, ...(query ? { name: { contains: query } } : {}) };
    const [items, total] = await Promise.all([this.products.findMany({ where, skip: (page - 1) * pageSize, take: pageSize }), this.products.count({ where: { tenantId } })]);
    return { items, page, pageSize, total };
  }
}

@Controller('products')
export class ProductController {
  constructor(private readonly service: ProductService) {}

  @Get()
  async list(@Req() req: AuthedRequest, @Query('q') q = '', @Query('page') page = '1'): Promise<Page<ProductRow>> {
    return this.service.search(req.user.tenantId, q.trim(), Number(page));
  }
}
