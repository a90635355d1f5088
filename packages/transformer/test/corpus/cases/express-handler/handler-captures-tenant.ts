// origin: shape of an Express route that defines a memoised plan loader inside the handler, closing over the tenant from the URL
// category: express-handler
// decorators: tc39
// expect: KP* tenant
// why: the memoised function captures the handler's tenant and sends it upstream, but the key holds only planId (nothing less: a closure's captured local)
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

interface Plan {
  id: string;
  seats: number;
  features: string[];
}

declare const billing: { getPlan(tenant: string, planId: string): Promise<Plan> };

export const plans = Router();

plans.get('/tenants/:tenant/plans/:planId', async (req: Request<{ tenant: string; planId: string }>, res: Response) => {
  const tenant = req.params.tenant;

  const loadPlan = memoize(
    async function loadPlan(planId: string): Promise<Plan> {
      const plan = await billing.getPlan(tenant, planId);
      return { id: plan.id, seats: plan.seats, features: [...plan.features] };
    },
    { ttl: '10m', cost: 0.001 },
  );

  const plan = await loadPlan(req.params.planId);
  res.json(plan);
});
