import type { PrismaClient } from '../infra/db';
import { createTextBrainActivities, type TextBrainSettings } from './brains/text-brain';
import { createCallAnalysisActivities } from './calls/analysis';
import { createCallRecordActivities } from './calls/records';
import { createCallToolActivities } from './calls/tools';
import { createSystemActivities } from './system';

export interface ActivityDeps {
  prisma: PrismaClient;
  textBrain?: TextBrainSettings;
}

const NO_MODEL: TextBrainSettings = { apiKey: undefined, baseUrl: undefined, model: 'none', timeoutMs: 1000 };

/** The worker passes real services; tests pass their own (STYLE.md: activities-dependency-injection). */
export function createActivities(deps: ActivityDeps) {
  const textBrain = deps.textBrain ?? NO_MODEL;
  return {
    ...createSystemActivities(deps.prisma),
    ...createCallToolActivities(deps.prisma),
    ...createCallRecordActivities(deps.prisma),
    ...createTextBrainActivities(textBrain),
    ...createCallAnalysisActivities(textBrain),
  };
}

export type Activities = ReturnType<typeof createActivities>;
