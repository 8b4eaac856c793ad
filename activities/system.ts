import type { PrismaClient } from '../infra/db';

export interface SystemActivities {
  recordSystemCheck(input: { checkId: string; component: string; requestedBy: string }): Promise<void>;
}

export function createSystemActivities(prisma: PrismaClient): SystemActivities {
  return {
    /** Writes one health row per check; a retry of the same check finds its row by checkId and writes nothing. */
    async recordSystemCheck({ checkId, component, requestedBy }) {
      await prisma.systemHealthLog.createMany({
        data: [{ checkId, component, status: 'healthy', latencyMs: 0, details: { requestedBy } }],
        skipDuplicates: true,
      });
    },
  };
}
