import type { PrismaClient } from '../../infra/db';
import { AppError } from '../../api/errors';
import { loadTicketDto, type Actor, type CallbackDto, type CallbackCommands, type TicketCommands, type TicketDto } from '../../api/ports';
import { callbacks, toCallbackDto } from '../../api/resources/callbacks';
import { findRecord } from '../../api/resources/crud';
import type { TCreateTicketRequest } from '../../api/tickets/schemas';

export interface RecordedCall {
  method: string;
  ticketId?: number;
  input: unknown;
  actor: Actor;
}

type TicketMethod = keyof TicketCommands;

/**
 * The test double for the workflow boundary: records every command and answers with the
 * ticket as the read model has it (creation inserts a plain row, as the workflow's activity would).
 * `failWith` makes the next call reject, to check how the API maps port errors.
 */
export class RecordingTicketCommands implements TicketCommands, CallbackCommands {
  readonly calls: RecordedCall[] = [];
  private nextError: AppError | undefined;

  constructor(private readonly prisma: PrismaClient) {}

  failWith(error: AppError): void {
    this.nextError = error;
  }

  reset(): void {
    this.calls.length = 0;
    this.nextError = undefined;
  }

  private async record(method: TicketMethod, ticketId: number, input: unknown, actor: Actor): Promise<TicketDto> {
    this.calls.push({ method, ticketId, input, actor });
    this.throwIfFailing();
    return loadTicketDto(this.prisma, ticketId);
  }

  private throwIfFailing(): void {
    const error = this.nextError;
    this.nextError = undefined;
    if (error) throw error;
  }

  async create(input: TCreateTicketRequest, actor: Actor): Promise<TicketDto> {
    this.calls.push({ method: 'create', input, actor });
    this.throwIfFailing();
    const [status, priority] = await Promise.all([
      this.prisma.ticketStatus.findUniqueOrThrow({ where: { code: 'open' } }),
      this.prisma.ticketPriority.findUniqueOrThrow({ where: { code: input.priority } }),
    ]);
    const row = await this.prisma.supportTicket.create({
      data: {
        subject: input.subject,
        description: input.description ?? null,
        category: input.category ?? null,
        organizationId: input.organizationId ?? null,
        contactId: input.contactId ?? null,
        source: input.source,
        statusId: status.id,
        priorityId: priority.id,
      },
    });
    return loadTicketDto(this.prisma, row.id);
  }

  assign: TicketCommands['assign'] = (id, input, actor) => this.record('assign', id, input, actor);
  escalate: TicketCommands['escalate'] = (id, input, actor) => this.record('escalate', id, input, actor);
  addMessage: TicketCommands['addMessage'] = (id, input, actor) => this.record('addMessage', id, input, actor);
  changePriority: TicketCommands['changePriority'] = (id, input, actor) => this.record('changePriority', id, input, actor);
  changeStatus: TicketCommands['changeStatus'] = (id, input, actor) => this.record('changeStatus', id, input, actor);
  resolve: TicketCommands['resolve'] = (id, input, actor) => this.record('resolve', id, input, actor);
  reopen: TicketCommands['reopen'] = (id, input, actor) => this.record('reopen', id, input, actor);
  close: TicketCommands['close'] = (id, input, actor) => this.record('close', id, input, actor);

  async cancel(callbackId: number, input: unknown, actor: Actor): Promise<CallbackDto> {
    this.calls.push({ method: 'cancelCallback', ticketId: callbackId, input, actor });
    this.throwIfFailing();
    return toCallbackDto(await findRecord(this.prisma, callbacks, callbackId));
  }
}
