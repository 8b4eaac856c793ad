import { SpanKind } from '@opentelemetry/api';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../prisma/generated/client/client';
import { activeTracing, inSpan } from './tracing';

export type { PrismaClient };
export type { Prisma } from '../prisma/generated/client/client';
export * as Db from '../prisma/generated/client/client';

/**
 * Prisma over the pg driver adapter: no native query engine is needed at run time. With tracing
 * started (infra/tracing.ts) every query is a client span (`prisma CallLog.findMany`) under the
 * span that issued it, e.g. an activity's.
 */
export function createPrisma(databaseUrl: string, options: { max?: number } = {}): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: options.max ?? 10 }) });
  if (!activeTracing()) return client;
  const traced = client.$extends({
    query: {
      $allOperations: ({ model, operation, args, query }) =>
        inSpan(
          `prisma ${model ? `${model}.` : ''}${operation}`,
          { 'db.system': 'postgresql', 'db.operation': operation, 'db.prisma.model': model },
          () => query(args),
          SpanKind.CLIENT,
        ),
    },
  });
  // Only queries are wrapped: the extended client has the base client's whole surface.
  return traced as unknown as PrismaClient;
}

export async function databaseReachable(prisma: PrismaClient, timeoutMs = 2000): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  const probe = prisma.$queryRawUnsafe('SELECT 1').then(
    () => true,
    () => false,
  );
  return Promise.race([probe, timeout]);
}
