import { Router } from 'express';
import type { PrismaClient } from '../../infra/db';
import { authorize } from '../auth/middleware';
import { costsReport, ZCostsQuery } from './costs';
import { dashboardOverview } from './overview';

export function dashboardRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.get('/dashboard/overview', authorize('dashboard'), async (_request, response) => {
    response.json(await dashboardOverview(prisma));
  });
  router.get('/dashboard/costs', authorize('dashboard'), async (request, response) => {
    response.json(await costsReport(prisma, ZCostsQuery.parse(request.query)));
  });
  return router;
}
