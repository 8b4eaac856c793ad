import type { PrismaClient } from '../infra/db';
import { createSystemActivities } from './system';

export interface ActivityDeps {
  prisma: PrismaClient;
}

/** The worker passes real services; tests pass their own (STYLE.md: activities-dependency-injection). */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createSystemActivities(deps.prisma),
  };
}

export type Activities = ReturnType<typeof createActivities>;
