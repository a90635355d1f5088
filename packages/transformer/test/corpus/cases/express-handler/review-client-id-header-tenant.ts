// origin: review probe: the tenant, a module `let` set per login, sent as an X-Client-Id header (TRAVEL_HEADER covers x-client-id)
// category: express-handler
// decorators: tc39
// expect: KP91045|KP91046 activeTenant
// why: this API scopes its answer to the client id in the header (it is the tenant), so module state shapes the answer; only a header that says who calls without changing what comes back travels (principle 2).
import { Router } from 'express';
import { memoize } from 'keyproof';

let activeTenant = 'default';
export function switchTenant(id: string): void {
  activeTenant = id;
}

export const listInvoices = memoize(
  async function listInvoices(status: string): Promise<{ id: string; total: number }[]> {
    const res = await fetch(`https://billing.internal/v1/invoices?status=${status}`, {
      headers: { 'X-Client-Id': activeTenant, accept: 'application/json' },
    });
    return (await res.json()) as { id: string; total: number }[];
  },
  { version: 'invoices-v1', ttl: '2m', cost: 0.0002 },
);

export const router = Router();
router.get('/invoices', async (req, res) => {
  res.json(await listInvoices(String(req.query.status ?? 'open')));
});
