// origin: shape of an Express dashboard route behind passport/JWT auth: the signed-in user's id (req.user.id) and the :teamId route param key a per-user summary
// category: express-handler
// decorators: tc39
// expect: clean
import type { Request, Response } from 'express';
import { memoize } from 'keyproof';

export interface DashboardSummary { openTasks: number; dueToday: number; mentions: number }
interface Tasks { summary(userId: string, teamId: string): Promise<DashboardSummary> }
type AuthedRequest = Request<{ teamId: string }> & { user: { id: string; email: string } };

export class Dashboard {
  constructor(private readonly tasks: Tasks) {}

  @memoize({ ttl: '30s' })
  async summary(userId: string, teamId: string): Promise<DashboardSummary> {
    return this.tasks.summary(userId, teamId);
  }
}

export const dashboardRoute = (dashboard: Dashboard) => async (req: AuthedRequest, res: Response): Promise<void> => {
  res.json(await dashboard.summary(req.user.id, req.params.teamId));
};
