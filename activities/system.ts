import type { PrismaClient } from '../infra/db';

export interface SystemActivities {
  recordSystemCheck(input: { component: string; requestedBy: string }): Promise<void>;
}

export function createSystemActivities(prisma: PrismaClient): SystemActivities {
  return {
    async recordSystemCheck({ component, requestedBy }) {
      await prisma.systemHealthLog.create({
        data: { component, status: 'healthy', latencyMs: 0, details: { requestedBy } },
      });
    },
  };
}
