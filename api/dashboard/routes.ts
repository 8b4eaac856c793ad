import { Router } from 'express';
import type { PrismaClient } from '../../infra/db';
import { authorize } from '../auth/middleware';
import { activitySeries, ZActivityQuery } from './activity';
import { costsReport, ZCostsQuery } from './costs';
import { dashboardOverview } from './overview';

/** `liveCalls` counts the calls in progress from their workflows; without it the read model's count stands in. */
export function dashboardRouter(prisma: PrismaClient, liveCalls?: () => Promise<number>): Router {
  const router = Router();
  router.get('/dashboard/overview', authorize('dashboard'), async (_request, response) => {
    response.json(await dashboardOverview(prisma, new Date(), liveCalls));
  });
  router.get('/dashboard/activity', authorize('dashboard'), async (request, response) => {
    response.json(await activitySeries(prisma, ZActivityQuery.parse(request.query)));
  });
  router.get('/dashboard/costs', authorize('dashboard'), async (request, response) => {
    response.json(await costsReport(prisma, ZCostsQuery.parse(request.query)));
  });
  return router;
}
