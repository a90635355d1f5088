// origin: shape of an Express REST listing (GET /users/:id/orders?page=&limit=): route params and parsed query into a memoised repository read
// category: express-handler
// decorators: tc39
// expect: clean
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

export interface Order { id: string; totalCents: number; status: 'open' | 'paid' | 'refunded'; createdAt: string }
interface Db { many<T>(sql: string, params: unknown[]): Promise<T[]> }

export class OrdersRepository {
  constructor(private readonly db: Db) {}

  @memoize({ ttl: '20s' })
  async page(userId: string, page: number, limit: number, status?: Order['status']): Promise<Order[]> {
    const offset = (page - 1) * limit;
    const filter = status !== undefined ? 'and status = $4' : '';
    return this.db.many<Order>(`select id, total_cents as "totalCents", status, created_at as "createdAt" from orders where user_id = $1 ${filter} order by created_at desc limit $2 offset $3`, [userId, limit, offset, status]);
  }
}

export const listOrders = (repo: OrdersRepository) => async (req: Request<{ id: string }>, res: Response): Promise<void> => {
  const page = Math.max(1, Number(req.query['page'] ?? 1));
  const limit = Math.min(100, Number(req.query['limit'] ?? 20));
  const { status } = req.query as { status?: Order['status'] };
  res.json(await repo.page(req.params.id, page, limit, status));
};
