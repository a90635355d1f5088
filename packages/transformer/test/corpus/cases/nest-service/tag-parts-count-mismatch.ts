// origin: shape of a NestJS multi-tenant catalogue: entries tagged by tenant and product, a webhook handler invalidating by product only
// category: nest-service
// decorators: legacy
// expect: KP* product
// why: the method declares tag('product', tenantId, productId) with two parts, the webhook invalidates tag('product', productId) with one: it never matches an entry
import { Injectable } from '@nestjs/common';
import { memoize, tag, invalidateTag } from 'keyproof';

export interface Product {
  id: string;
  name: string;
  priceCents: number;
}

interface CatalogueApi {
  product(tenantId: string, productId: string): Promise<Product>;
}

@Injectable()
export class CatalogueService {
  constructor(private readonly api: CatalogueApi) {}

  @memoize({
    id: 'catalogue.product',
    ttl: '6h',
    tags: ({ tenantId, productId }) => [tag('product', tenantId, productId), tag('tenant', tenantId)],
  })
  async product(tenantId: string, productId: string): Promise<Product> {
    const p = await this.api.product(tenantId, productId);
    return { id: p.id, name: p.name, priceCents: p.priceCents };
  }
}

@Injectable()
export class ProductWebhookHandler {
  async onProductUpdated(event: { productId: string }): Promise<void> {
    await invalidateTag(tag('product', event.productId));
  }
}
