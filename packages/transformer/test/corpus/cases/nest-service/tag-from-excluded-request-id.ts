// origin: shape of a NestJS order service that excludes the correlation id from the key and then tags entries with it
// category: nest-service
// decorators: legacy
// expect: KP* requestId
// why: requestId is @notKey (excluded), yet a tag part comes from it: every entry gets its own tag, and invalidating by it is meaningless
import { Injectable } from '@nestjs/common';
import { memoize, notKey, tag } from 'keyproof';

export interface OrderSummary {
  orderId: string;
  total: number;
  status: string;
}

interface OrdersClient {
  summary(orderId: string, headers: Record<string, string>): Promise<OrderSummary>;
}

@Injectable()
export class OrderSummaryService {
  constructor(private readonly orders: OrdersClient) {}

  @memoize({
    id: 'orders.summary',
    ttl: '10m',
    tags: ({ orderId, requestId }) => [tag('order', orderId), tag('request', requestId)],
  })
  async summary(orderId: string, @notKey requestId: string): Promise<OrderSummary> {
    const s = await this.orders.summary(orderId, { 'x-request-id': requestId });
    return { orderId: s.orderId, total: s.total, status: s.status };
  }
}
