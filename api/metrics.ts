import type { Express } from 'express';
import type { PrismaClient } from '../infra/db';
import { metricsHandler, registerReadModelGauges, requireMetricsToken, type ProcessMetrics } from '../infra/metrics';

/** GET /metrics: the API's request latencies plus the floor as the read model sees it (same on every replica). */
export function metricsRoute(app: Express, prisma: PrismaClient, metrics: ProcessMetrics, token: string | undefined): void {
  registerReadModelGauges(metrics, {
    callsInProgress: () => prisma.callLog.count({ where: { status: 'in_progress' } }),
    slaBreaches: () => prisma.ticketEscalation.count({ where: { trigger: 'sla_breach' } }),
    openBreachedTickets: () => prisma.supportTicket.count({ where: { slaBreached: true, status: { isFinal: false } } }),
  });
  app.get('/metrics', requireMetricsToken(token), metricsHandler(metrics));
}
