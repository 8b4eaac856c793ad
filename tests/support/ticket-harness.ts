import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { openTicket, ticketSummaryLine, type NewTicket } from '../../activities/tickets/open-ticket';
import { ticketWorkflowStarter } from '../../activities/tickets/start';
import { seed } from '../../prisma/seed';
import { ticketViewQuery, ticketWorkflowId, type TicketView } from '../../workflows/ticket/messages';
import { createWorker } from '../../workers/worker';
import { createTestDatabase, type TestDatabase } from './database';
import { eventually } from './eventually';
import { emailSettingsFor, startFakeSmtp, type FakeSmtp } from './fake-smtp';
import { startFakeTwilioApi, twilioSettingsFor, type FakeTwilioApi } from './fake-twilio-api';
import { startDevServer, startTimeSkippingServer, workflowBundle, testPayloadCodec } from './temporal';

const TASK_QUEUE = 'tickets-under-test';
export const ON_CALL_FALLBACK = '+15550100911';

/** Ticket workflows on real parts: a Temporal server (time-skipping or dev), worker, seeded PostgreSQL, Twilio and SMTP doubles. */
export interface TicketHarness {
  db: TestDatabase;
  env: TestWorkflowEnvironment;
  twilio: FakeTwilioApi;
  smtp: FakeSmtp;
  taskQueue: string;
  openTicket(ticket: Partial<NewTicket> & { createdAt?: Date }): Promise<number>;
  view(ticketId: number): Promise<TicketView>;
  close(): Promise<void>;
}

export async function startTicketHarness(server: 'time-skipping' | 'dev', options: { autoAssign?: boolean } = {}): Promise<TicketHarness> {
  const [env, db, twilio, smtp] = await Promise.all([
    server === 'time-skipping' ? startTimeSkippingServer() : startDevServer(),
    createTestDatabase(),
    startFakeTwilioApi(),
    startFakeSmtp(),
  ]);
  await seed(db.prisma);
  const temporal = { client: env.client, taskQueue: TASK_QUEUE };
  const worker: Worker = await createWorker({
    connection: env.nativeConnection,
    payloadCodec: testPayloadCodec,
    namespace: env.namespace ?? 'default',
    taskQueue: TASK_QUEUE,
    deps: {
      prisma: db.prisma,
      temporal,
      onCallNumber: ON_CALL_FALLBACK,
      autoAssign: options.autoAssign ?? false,
      twilio: twilioSettingsFor(twilio),
      email: emailSettingsFor(smtp),
    },
    workflowBundle: await workflowBundle(),
  });
  const running = worker.run();
  const start = ticketWorkflowStarter(temporal);

  return {
    db,
    env,
    twilio,
    smtp,
    taskQueue: TASK_QUEUE,
    async openTicket(ticket) {
      const { createdAt, ...fields } = ticket;
      const inserted = await openTicket(
        db.prisma,
        { subject: 'Test ticket', description: 'Opened by a test', category: 'general', priority: 'medium', source: 'api', ...fields },
        async () => undefined,
      );
      const id = Number(inserted.ticket.id);
      // The time-skipping server runs ahead of the wall clock: tickets are born at *its* now.
      const bornAt = createdAt ?? new Date(await env.currentTimeMs());
      const born = await db.prisma.supportTicket.update({
        where: { id },
        data: { createdAt: bornAt },
        include: { status: true, priority: true, organization: { select: { name: true } } },
      });
      await start(id, ticketSummaryLine(born));
      return id;
    },
    // A query can only be answered once the workflow has run its first task.
    view: (ticketId) => eventually(() => env.client.workflow.getHandle(ticketWorkflowId(ticketId)).query(ticketViewQuery)),
    async close() {
      worker.shutdown();
      await running;
      await env.teardown();
      await twilio.close();
      await smtp.close();
      await db.drop();
    },
  };
}
