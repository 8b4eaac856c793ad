import { getExternalWorkflowHandle } from '@temporalio/workflow';
import type {
  AddTicketNoteArgs,
  ChangeTicketPriorityArgs,
  EscalateToHumanArgs,
  EscalationDto,
  TicketSummary,
  ToolCall,
  ToolName,
  ToolResults,
} from '../../domain/agents/tools';
import { ticketCommandSignal, ticketWorkflowId, type TicketRequest } from '../ticket/messages';
import { lookups, writes } from './proxies';
import type { ToolContext } from './types';

type ToolActivity<N extends ToolName> = (args: Extract<ToolCall, { name: N }>['args'], context: ToolContext) => Promise<ToolResults[N]>;

/** A change to a ticket is a command to its workflow, its one writer: signalled from here, durably and once. */
async function tellTicket(ticketId: string, request: TicketRequest): Promise<void> {
  await getExternalWorkflowHandle(ticketWorkflowId(Number(ticketId))).signal(ticketCommandSignal, request);
}

/** The note goes to a ticket of the caller's own organisation only. */
async function addTicketNote(args: AddTicketNoteArgs, context: ToolContext): Promise<TicketSummary | null> {
  const ticket = await lookups.getTicketStatus({ ticketId: args.ticketId }, { organizationId: context.organizationId });
  if (!ticket) return null;
  const command = { type: 'addMessage', visibility: 'internal', authorKind: 'ai' } as const;
  await tellTicket(ticket.id, { command, text: args.note, actor: { name: 'URackIT' } });
  return ticket;
}

/**
 * The caller corrects how many people it hits or how badly ("no, it's the whole office"): the
 * ticket's workflow re-prioritises it, with the caller's words as the reason. Only a ticket of the
 * caller's own organisation, and the request is named after the ticket, priority and call, so a
 * redelivered signal changes nothing twice.
 */
async function changeTicketPriority(args: ChangeTicketPriorityArgs, context: ToolContext): Promise<TicketSummary | null> {
  const ticket = await lookups.getTicketStatus({ ticketId: args.ticketId }, { organizationId: context.organizationId });
  if (!ticket) return null;
  if (ticket.priority === args.priority) return ticket;
  const request: TicketRequest = {
    command: { type: 'changePriority', priority: args.priority },
    text: args.reason,
    actor: { name: 'URackIT' },
    requestId: `call-${context.callSid}-priority-${ticket.id}-${args.priority}`,
  };
  await tellTicket(ticket.id, request);
  return { ...ticket, priority: args.priority };
}

/** A human takeover always has a ticket behind it, escalated, so whoever answers sees what was already tried. */
async function escalateToHuman(args: EscalateToHumanArgs, context: ToolContext): Promise<EscalationDto> {
  const escalation = await writes.escalateToHuman(args, context);
  const command = {
    type: 'escalate',
    reason: args.reason,
    trigger: 'caller_request',
    notify: escalation.destination ?? 'callback',
  } as const;
  await tellTicket(escalation.ticket.id, { command, actor: { name: 'URackIT' }, requestId: `call-${context.callSid}-escalate` }).catch(
    () => undefined, // the transfer goes ahead even if the ticket's workflow has ended
  );
  return escalation;
}

/** Tools the workflow answers itself: a handoff changes who speaks; classify is pure. */
export type InWorkflowToolName = 'handoff' | 'classify';

/** One typed entry per tool that runs as an activity. */
const tools: { [N in Exclude<ToolName, InWorkflowToolName>]: ToolActivity<N> } = {
  identify_organization: (args) => lookups.identifyOrganization(args),
  identify_organization_by_line: (args) => lookups.identifyOrganizationByLine(args),
  find_contact_by_phone: (args) => lookups.findContactByPhone(args),
  list_devices: (args) => lookups.listDevices(args),
  get_device: (args, context) => lookups.getDevice(args, { organizationId: context.organizationId }),
  search_kb: (args) => lookups.searchKb(args),
  get_ticket_status: (args, context) => lookups.getTicketStatus(args, { organizationId: context.organizationId }),
  get_caller_history: (_args, context) => lookups.getCallerHistory({ contactId: context.contactId, callerPhone: context.callerPhone }),
  create_ticket: (args, context) => writes.createTicket(args, context),
  add_ticket_note: addTicketNote,
  change_ticket_priority: changeTicketPriority,
  escalate_to_human: escalateToHuman,
  schedule_callback: (args, context) => writes.scheduleCallback(args, context),
};

export type WorkflowToolCall = Exclude<ToolCall, { name: InWorkflowToolName }>;

export function runTool(call: WorkflowToolCall, context: ToolContext): Promise<unknown> {
  const run = tools[call.name] as ToolActivity<typeof call.name>;
  return run(call.args as never, context);
}
