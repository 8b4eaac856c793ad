import { adoptOrphanTickets } from '../activities/tickets/open-ticket';
import { ticketWorkflowStarter } from '../activities/tickets/start';
import type { Config } from '../domain/config';
import { createPrisma } from './db';
import { createTemporalClient } from './temporal';

/** At start-up: tickets that predate their workflows get one (see adoptOrphanTickets). */
export async function adoptOpenTickets(databaseUrl: string, config: Config): Promise<number> {
  const prisma = createPrisma(databaseUrl, { max: 2 });
  const temporal = createTemporalClient(config);
  try {
    return await adoptOrphanTickets(prisma, ticketWorkflowStarter({ client: temporal.client, taskQueue: config.TEMPORAL_TASK_QUEUE }));
  } finally {
    await temporal.connection.close();
    await prisma.$disconnect();
  }
}
