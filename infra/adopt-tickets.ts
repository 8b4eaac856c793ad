import { ticketWorkflowStarter } from '../activities/tickets/start';
import type { Config } from '../domain/config';
import { createPrisma } from './db';
import { createTemporalClient } from './temporal';
import { ticketWorkflowId } from '../workflows/ticket/messages';

/**
 * Tickets that predate their workflows (the demo seed, imports) get one at start-up, so their SLA
 * timers run and the panel's actions reach them. Idempotent: running tickets are left alone.
 */
export async function adoptOpenTickets(databaseUrl: string, config: Config): Promise<number> {
  const prisma = createPrisma(databaseUrl, { max: 2 });
  const temporal = createTemporalClient(config);
  try {
    const orphans = await prisma.supportTicket.findMany({
      where: { workflowId: null, status: { isFinal: false } },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    const start = ticketWorkflowStarter({ client: temporal.client, taskQueue: config.TEMPORAL_TASK_QUEUE });
    for (const { id } of orphans) {
      await start(id);
      await prisma.supportTicket.update({ where: { id }, data: { workflowId: ticketWorkflowId(id) } });
    }
    return orphans.length;
  } finally {
    await temporal.connection.close();
    await prisma.$disconnect();
  }
}
