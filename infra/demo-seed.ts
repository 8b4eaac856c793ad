import { panelLogins } from '../prisma/seed-logins';

/**
 * Seeds the demo data (idempotent) for `npm start` and `npm run cluster`. The database client and
 * the seed are imported here, not above: on a fresh clone the Prisma client is generated a moment earlier.
 */
export async function seedDemoData(databaseUrl: string, config: Parameters<typeof panelLogins>[0]): Promise<void> {
  const { createPrisma } = await import('./db');
  const { seed } = await import('../prisma/seed');
  const prisma = createPrisma(databaseUrl, { max: 2 });
  try {
    await seed(prisma, { logins: panelLogins(config) });
  } finally {
    await prisma.$disconnect();
  }
}
