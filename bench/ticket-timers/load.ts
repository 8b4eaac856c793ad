import { openTicket } from '../../activities/tickets/open-ticket';
import type { TicketWorkflowStarter } from '../../activities/tickets/start';
import type { PrismaClient } from '../../infra/db';
import { mib } from './format';
import type { WorkerStatus } from './protocol';
import type { TermsSlot } from './terms';

export interface LoadOptions {
  tickets: number;
  concurrency: number;
  progressEvery: number;
  /** Cycled through: ticket i gets slots[i % slots.length]. */
  slots: TermsSlot[];
  orgIds: number[];
  /** No ticket is opened after this instant (epoch ms): the run keeps time for the timers and the report. */
  stopOpeningAt: number;
  /** Throws when a part of the run died. */
  checkAlive: () => void;
  workerStatus: () => WorkerStatus | undefined;
  log: (line: string) => void;
}

/** What opening the tickets took. */
export interface StartPhase {
  began: number;
  ended: number;
  ticketIds: number[];
  /** The whole API path per ticket (row, message, event, workflow start), ms. */
  openMs: number[];
  /** `workflow.start` alone, ms. */
  startMs: number[];
  errorCount: number;
  /** The first few errors, one line each. */
  errors: string[];
  stoppedEarly: boolean;
}

/**
 * Opens the tickets the way the API does (`openTicket`: row + first message + event, then the
 * workflow start), `concurrency` at a time, the priorities and organisations cycling through the
 * terms so that deadlines interleave.
 */
export async function openTickets(prisma: PrismaClient, startWorkflow: TicketWorkflowStarter, options: LoadOptions): Promise<StartPhase> {
  const phase: StartPhase = {
    began: Date.now(),
    ended: 0,
    ticketIds: [],
    openMs: [],
    startMs: [],
    errorCount: 0,
    errors: [],
    stoppedEarly: false,
  };
  const progress = progressLogger(options, phase.began);
  let next = 0;
  const opener = async () => {
    while (next < options.tickets) {
      options.checkAlive();
      if (Date.now() > options.stopOpeningAt) {
        phase.stoppedEarly = true;
        return;
      }
      await openOne(prisma, startWorkflow, options, next++, phase);
      progress();
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, opener));
  phase.ended = Date.now();
  return phase;
}

async function openOne(
  prisma: PrismaClient,
  startWorkflow: TicketWorkflowStarter,
  options: LoadOptions,
  index: number,
  phase: StartPhase,
): Promise<void> {
  const slot = options.slots[index % options.slots.length] ?? { org: 0, priority: 'medium', minutes: 0 };
  const began = performance.now();
  try {
    const { ticket } = await openTicket(
      prisma,
      {
        subject: `Benchmark ticket ${index}`,
        description: 'Opened by bench/ticket-timers',
        category: 'general',
        priority: slot.priority,
        organizationId: options.orgIds[slot.org] ?? 0,
        source: 'api',
      },
      async (ticketId) => {
        const startBegan = performance.now();
        await startWorkflow(ticketId);
        phase.startMs.push(performance.now() - startBegan);
      },
    );
    phase.ticketIds.push(Number(ticket.id));
    phase.openMs.push(performance.now() - began);
  } catch (error) {
    phase.errorCount += 1;
    if (phase.errors.length < 5) phase.errors.push((error as Error).message.split('\n')[0] ?? String(error));
  }
}

/** A line every `progressEvery` tickets: the rate overall and lately, and what the worker holds. */
function progressLogger(options: LoadOptions, began: number): () => void {
  let done = 0;
  let lastMark = { at: began, done: 0 };
  return () => {
    done += 1;
    if (done % options.progressEvery !== 0 && done !== options.tickets) return;
    const now = Date.now();
    const overall = done / ((now - began) / 1000);
    const recent = (done - lastMark.done) / ((now - lastMark.at) / 1000);
    lastMark = { at: now, done };
    const s = options.workerStatus();
    options.log(
      `opened ${done}/${options.tickets}: ${overall.toFixed(0)}/s overall, ${recent.toFixed(0)}/s last ${options.progressEvery}; ` +
        `timers observed ${s?.timersObserved ?? 0}; worker rss ${mib(s?.memory.rss ?? 0)} MiB, cached ${s?.memory.cachedWorkflows ?? 0}`,
    );
  };
}
