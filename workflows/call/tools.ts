import type { ToolCall, ToolName, ToolResults } from '../../domain/agents/tools';
import type { ToolContext } from '../../activities/calls/tools';
import { lookups, writes } from './proxies';

type ToolRunner<N extends ToolName> = (args: Extract<ToolCall, { name: N }>['args'], context: ToolContext) => Promise<ToolResults[N]>;

/** One typed entry per tool: which activity runs it (handoffs never reach here: the workflow does them). */
const runners: { [N in Exclude<ToolName, 'handoff'>]: ToolRunner<N> } = {
  identify_organization: (args) => lookups.identifyOrganization(args),
  find_contact_by_phone: (args) => lookups.findContactByPhone(args),
  list_devices: (args) => lookups.listDevices(args),
  get_device: (args, context) => lookups.getDevice(args, { organizationId: context.organizationId }),
  search_kb: (args) => lookups.searchKb(args),
  get_ticket_status: (args, context) => lookups.getTicketStatus(args, { organizationId: context.organizationId }),
  create_ticket: (args, context) => writes.createTicket(args, context),
  add_ticket_note: (args) => writes.addTicketNote(args),
  escalate_to_human: (args, context) => writes.escalateToHuman(args, context),
  schedule_callback: (args, context) => writes.scheduleCallback(args, context),
};

export type WorkflowToolCall = Exclude<ToolCall, { name: 'handoff' }>;

export function runTool(call: WorkflowToolCall, context: ToolContext): Promise<unknown> {
  const runner = runners[call.name] as ToolRunner<typeof call.name>;
  return runner(call.args as never, context);
}
