// origin: shape of an Express route reading the correlation id with req.get('X-Correlation-Id') (Express's alias of req.header) and passing it to a memoised client
// category: express-handler
// decorators: tc39
// expect: KP91020 correlationId
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

export interface Inventory { sku: string; available: number; warehouse: string }
interface InventoryApi { get(sku: string, headers: Record<string, string>): Promise<Inventory> }

export class InventoryClient {
  constructor(private readonly api: InventoryApi) {}

  @memoize({ ttl: '15s' })
  async stock(sku: string, correlationId: string): Promise<Inventory> {
    return this.api.get(sku, { 'x-correlation-id': correlationId });
  }
}

export const stockRoute = (inventory: InventoryClient) => async (req: Request<{ sku: string }>, res: Response): Promise<void> => {
  const correlationId = req.get('X-Correlation-Id') ?? 'none';
  res.json(await inventory.stock(req.params.sku, correlationId));
};
