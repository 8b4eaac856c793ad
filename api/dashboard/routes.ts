import { Router } from 'express';
import type { PrismaClient } from '../../infra/db';
import { authorize } from '../auth/middleware';
import { dashboardOverview } from './overview';

export function dashboardRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.get('/dashboard/overview', authorize('dashboard'), async (_request, response) => {
    response.json(await dashboardOverview(prisma));
  });
  return router;
}
