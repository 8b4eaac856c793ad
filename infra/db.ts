import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../prisma/generated/client/client';

export type { PrismaClient };
export type { Prisma } from '../prisma/generated/client/client';
export * as Db from '../prisma/generated/client/client';

/** Prisma over the pg driver adapter: no native query engine is needed at run time. */
export function createPrisma(databaseUrl: string, options: { max?: number } = {}): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: options.max ?? 10 }) });
}

export async function databaseReachable(prisma: PrismaClient, timeoutMs = 2000): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  const probe = prisma.$queryRawUnsafe('SELECT 1').then(
    () => true,
    () => false,
  );
  return Promise.race([probe, timeout]);
}
