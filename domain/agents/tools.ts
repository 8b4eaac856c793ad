import { z } from 'zod';
import { KB_CATEGORIES } from '../kb/categories';
import type {
  CallbackDto,
  ClassificationDto,
  ContactDto,
  DeviceDto,
  EscalationDto,
  HandoffDto,
  KbArticleDto,
  OrganizationDto,
  PastCallDto,
  TicketSummary,
} from './dtos';
import { AGENT_NAMES, type AgentName } from './names';
import { TICKET_PRIORITIES } from '../tickets/codes';

export type {
  CallbackDto,
  ClassificationDto,
  ContactDto,
  DeviceDto,
  EscalationDto,
  HandoffDto,
  KbArticleDto,
  OrganizationDto,
  PastCallDto,
  TicketSummary,
} from './dtos';

/*
 * Every tool an agent may call, as data: one named zod schema per tool, each field described
 * so the model (and a person reading the Temporal history) knows what goes in it.
 */

const id = (what: string) => z.string().trim().min(1).describe(what);

export const ZIdentifyOrganizationArgs = z.object({
  ueCode: z.string().trim().min(1).describe("The caller's U-E code, e.g. UE-1042. Pass what the caller said; the system normalises it."),
});

export const ZFindContactByPhoneArgs = z.object({
  phone: z.string().trim().min(3).describe("The caller's phone number, preferably in E.164 form (+15551234567)."),
  organizationId: id("Only look among this organisation's contacts (when the organisation is already known).").optional(),
});

export const ZIdentifyOrganizationByLineArgs = z.object({
  supportNumber: z
    .string()
    .trim()
    .min(3)
    .describe('The number the caller dialled: an organisation with its own support line is known by it.'),
});

export const ZListDevicesArgs = z.object({
  organizationId: id("The identified organisation's id (from identify_organization)."),
  contactId: id('Only list devices assigned to this contact.').optional(),
});

export const ZGetDeviceArgs = z
  .object({
    deviceId: id("The device's id from list_devices.").optional(),
    hostname: id('The device name as shown on a sticker or in Windows, e.g. ACME-LT-042.').optional(),
  })
  .refine((args) => args.deviceId !== undefined || args.hostname !== undefined, {
    message: 'Give deviceId or hostname',
  });

export const ZSearchKbArgs = z.object({
  query: z.string().trim().min(2).describe("The caller's problem in their own words, e.g. 'printer says paper jam'."),
  category: z.enum(KB_CATEGORIES).optional().describe('Narrow the search to one knowledge-base category.'),
});

export const ZCreateTicketArgs = z.object({
  subject: z.string().trim().min(3).max(120).describe('One line a technician can scan, e.g. "Printer jams on 2nd floor".'),
  description: z.string().trim().min(3).describe('What the caller reported, what was tried and what happened.'),
  category: z.enum(KB_CATEGORIES).describe('The knowledge-base category the problem belongs to.'),
  priority: z
    .enum(TICKET_PRIORITIES)
    .describe(
      'critical: the whole business stopped or an attacker active; high: one person fully blocked, many people degraded, credentials or a device exposed; medium: one person degraded or a workaround, a suspicious item left alone; low: a question, a how-to, cosmetic or a routine request.',
    ),
  organizationId: id('The identified organisation; the system fills it in when known.').optional(),
  contactId: id('The identified caller; the system fills it in when known.').optional(),
});

export const ZChangeTicketPriorityArgs = z.object({
  ticketId: id('The ticket number, digits only, e.g. 10042.'),
  priority: z.enum(TICKET_PRIORITIES).describe('The new priority, by the rubric (see classify).'),
  reason: z.string().trim().min(1).describe('What the caller said that changes it, e.g. "it is the whole office".'),
});

export const ZClassifyArgs = z.object({
  text: z
    .string()
    .trim()
    .min(1)
    .max(4000)
    .describe("The caller's description of the problem, in their words (everything they said about it so far)."),
});

export const ZAddTicketNoteArgs = z.object({
  ticketId: id('The ticket number, digits only, e.g. 10042.'),
  note: z.string().trim().min(1).describe('The text to add to the ticket.'),
});

export const ZGetTicketStatusArgs = z.object({
  ticketId: id('The ticket number the caller gives, digits only, e.g. 10042.'),
});

export const ZGetCallerHistoryArgs = z.object({});

export const ZEscalateToHumanArgs = z.object({
  reason: z.string().trim().min(1).describe('Why a person should take over, in one sentence for the technician.'),
});

export const ZScheduleCallbackArgs = z.object({
  reason: z.string().trim().min(1).describe('What the callback is about.'),
  when: z.string().trim().min(1).optional().describe('When the caller wants the call, in their words ("after 3 pm").'),
});

export const ZHandoffArgs = z.object({
  to: z.enum(AGENT_NAMES).describe('The agent that should take over the call.'),
  reason: z.string().trim().min(1).describe('One sentence on why, passed to the next agent.'),
});

export const toolSchemas = {
  identify_organization: ZIdentifyOrganizationArgs,
  identify_organization_by_line: ZIdentifyOrganizationByLineArgs,
  find_contact_by_phone: ZFindContactByPhoneArgs,
  list_devices: ZListDevicesArgs,
  get_device: ZGetDeviceArgs,
  search_kb: ZSearchKbArgs,
  create_ticket: ZCreateTicketArgs,
  add_ticket_note: ZAddTicketNoteArgs,
  change_ticket_priority: ZChangeTicketPriorityArgs,
  get_ticket_status: ZGetTicketStatusArgs,
  get_caller_history: ZGetCallerHistoryArgs,
  escalate_to_human: ZEscalateToHumanArgs,
  schedule_callback: ZScheduleCallbackArgs,
  classify: ZClassifyArgs,
  handoff: ZHandoffArgs,
} as const;

export type ToolName = keyof typeof toolSchemas;

export const TOOL_NAMES = Object.keys(toolSchemas) as ToolName[];

export type ToolArgs<N extends ToolName> = z.infer<(typeof toolSchemas)[N]>;

export type IdentifyOrganizationArgs = ToolArgs<'identify_organization'>;
export type IdentifyOrganizationByLineArgs = ToolArgs<'identify_organization_by_line'>;
export type ChangeTicketPriorityArgs = ToolArgs<'change_ticket_priority'>;
export type ClassifyArgs = ToolArgs<'classify'>;
export type FindContactByPhoneArgs = ToolArgs<'find_contact_by_phone'>;
export type ListDevicesArgs = ToolArgs<'list_devices'>;
export type GetDeviceArgs = ToolArgs<'get_device'>;
export type SearchKbArgs = ToolArgs<'search_kb'>;
export type CreateTicketArgs = ToolArgs<'create_ticket'>;
export type AddTicketNoteArgs = ToolArgs<'add_ticket_note'>;
export type GetTicketStatusArgs = ToolArgs<'get_ticket_status'>;
export type EscalateToHumanArgs = ToolArgs<'escalate_to_human'>;
export type ScheduleCallbackArgs = ToolArgs<'schedule_callback'>;
export type HandoffArgs = ToolArgs<'handoff'>;

/** What each tool's activity returns; `null` means "not found". */
export interface ToolResults {
  identify_organization: OrganizationDto | null;
  identify_organization_by_line: OrganizationDto | null;
  find_contact_by_phone: ContactDto | null;
  list_devices: DeviceDto[];
  get_device: DeviceDto | null;
  search_kb: KbArticleDto[];
  create_ticket: TicketSummary;
  add_ticket_note: TicketSummary | null;
  change_ticket_priority: TicketSummary | null;
  get_ticket_status: TicketSummary | null;
  get_caller_history: PastCallDto[];
  escalate_to_human: EscalationDto;
  schedule_callback: CallbackDto;
  classify: ClassificationDto;
  handoff: HandoffDto;
}

export type ToolResult<N extends ToolName> = ToolResults[N];

/** A call of one tool with arguments of the right shape, discriminated by `name`. */
export type ToolCall = { [N in ToolName]: { name: N; args: ToolArgs<N> } }[ToolName];

export const toolDescriptions: Record<ToolName, string> = {
  identify_organization: "Find the caller's organisation by its U-E code.",
  identify_organization_by_line: 'Find the organisation whose own support line the caller dialled.',
  find_contact_by_phone: 'Find the caller by the phone number they are calling from.',
  list_devices: "List the organisation's devices, or one contact's devices.",
  get_device: 'Get one device by id or hostname: type, OS, status, serial number, last check-in.',
  search_kb: 'Search the troubleshooting knowledge base. Returns articles with short steps, best first.',
  create_ticket: 'Open a support ticket for a technician. Returns the ticket number to read to the caller.',
  add_ticket_note: 'Add a note to an existing ticket.',
  change_ticket_priority: "Change an open ticket's priority when the caller corrects how many people it hits or how badly.",
  get_ticket_status: "Look up a ticket's status, priority and subject by its number.",
  get_caller_history: "The identified caller's last calls (newest first): when, about what, how it ended, the ticket.",
  escalate_to_human: 'Ask for a human technician to take the call. The call is transferred if one accepts.',
  schedule_callback: 'Book a call back to the caller from a technician.',
  classify:
    "Classify the caller's problem by the support rubric: the agent that owns it (or human), its knowledge-base category, its priority and the caller's sentiment, each with a confidence. Use its priority for create_ticket.",
  handoff: 'Pass the call to another agent who is better placed to help.',
};

export function isToolName(value: unknown): value is ToolName {
  return typeof value === 'string' && Object.hasOwn(toolSchemas, value);
}

export type ParsedToolArgs<N extends ToolName> = { ok: true; args: ToolArgs<N> } | { ok: false; error: string };

/** Validates arguments a model produced before the workflow runs the tool. */
export function parseToolArgs<N extends ToolName>(name: N, args: unknown): ParsedToolArgs<N> {
  const result = toolSchemas[name].safeParse(args);
  if (result.success) return { ok: true, args: result.data as ToolArgs<N> };
  const error = result.error.issues.map((issue) => `${issue.path.join('.') || name}: ${issue.message}`).join('; ');
  return { ok: false, error };
}

/** The shape OpenAI's chat-completions API (and compatible servers) accept in `tools`. */
export interface ChatCompletionFunctionTool {
  type: 'function';
  function: { name: ToolName; description: string; parameters: Record<string, unknown> };
}

export interface ChatToolOptions {
  /** Narrows the handoff tool's `to` to these agents (an agent's own handoff list). */
  handoffTargets?: readonly AgentName[];
}

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  // The API wants a bare object schema; the $schema marker is noise to it.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
  return rest;
}

function schemaFor(name: ToolName, options: ChatToolOptions): z.ZodType {
  const targets = options.handoffTargets;
  if (name !== 'handoff' || targets === undefined || targets.length === 0) return toolSchemas[name];
  return ZHandoffArgs.extend({
    to: z.enum(targets as [AgentName, ...AgentName[]]).describe(ZHandoffArgs.shape.to.description ?? ''),
  });
}

export function chatCompletionTools(names: readonly ToolName[] = TOOL_NAMES, options: ChatToolOptions = {}): ChatCompletionFunctionTool[] {
  return names.map((name) => ({
    type: 'function',
    function: { name, description: toolDescriptions[name], parameters: jsonSchemaOf(schemaFor(name, options)) },
  }));
}
