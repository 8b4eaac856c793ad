import type {
  AddTicketNoteArgs,
  CallbackDto,
  ContactDto,
  CreateTicketArgs,
  DeviceDto,
  EscalationDto,
  GetDeviceArgs,
  GetTicketStatusArgs,
  IdentifyOrganizationArgs,
  KbArticleDto,
  ListDevicesArgs,
  OrganizationDto,
  ScheduleCallbackArgs,
  SearchKbArgs,
  TicketDto,
} from '../../domain/agents/tools';
import type { Client } from '@temporalio/client';
import type { KbCategory } from '../../domain/kb/categories';
import type { PrismaClient } from '../../infra/db';
import { insertTicket, toTicketDto } from '../tickets/records';
import { ticketWorkflowStarter } from '../tickets/start';
import { callbackWorkflowStarter } from '../callbacks';
import { createKbIndex } from './kb-index';
import { normalisePhone, toNumericId } from './ids';

/** What the workflow knows about the call when it runs a tool. */
export interface ToolContext {
  callSid: string;
  callerPhone: string;
  organizationId?: string;
  contactId?: string;
  transferNumber: string;
  /** The caller's problem in their words, when known: it becomes the ticket a human picks up. */
  problem?: string;
  category?: KbCategory;
}

const deviceView = { include: { deviceType: true, operatingSystem: true, contacts: true } } as const;

type DeviceRow = {
  id: number;
  hostname: string | null;
  organizationId: number;
  serialNumber: string | null;
  status: string;
  lastSeenAt: Date | null;
  deviceType: { code: string };
  operatingSystem: { name: string; version: string | null } | null;
  contacts: Array<{ contactId: number; isPrimary: boolean }>;
};

function toDeviceDto(row: DeviceRow): DeviceDto {
  const owner = row.contacts.find((link) => link.isPrimary) ?? row.contacts[0];
  return {
    id: String(row.id),
    hostname: row.hostname ?? `device-${row.id}`,
    type: row.deviceType.code,
    os: row.operatingSystem ? [row.operatingSystem.name, row.operatingSystem.version].filter(Boolean).join(' ') : null,
    status: row.status,
    organizationId: String(row.organizationId),
    contactId: owner ? String(owner.contactId) : null,
    serialNumber: row.serialNumber,
    lastSeen: row.lastSeenAt?.toISOString() ?? null,
  };
}

function toOrganizationDto(row: { id: number; name: string; ueCode: string }): OrganizationDto {
  return { id: String(row.id), name: row.name, ueCode: row.ueCode };
}

/** Caller-facing tools over the read model. Reads are cheap and safe to retry; writes are idempotent. */
export function createCallToolActivities(prisma: PrismaClient, temporal?: { client: Client; taskQueue: string }) {
  const kb = createKbIndex(prisma);
  const startTicketWorkflow = ticketWorkflowStarter(temporal);
  const startCallbackWorkflow = callbackWorkflowStarter(temporal);

  async function callLogId(callSid: string): Promise<number | undefined> {
    return (await prisma.callLog.findUnique({ where: { callSid }, select: { id: true } }))?.id;
  }

  return {
    async identifyOrganization(args: IdentifyOrganizationArgs): Promise<OrganizationDto | null> {
      const ueCode = args.ueCode.trim().toUpperCase();
      const row = await prisma.organization.findFirst({ where: { ueCode, active: true } });
      return row ? toOrganizationDto(row) : null;
    },

    async findContactByPhone(args: { phone: string }): Promise<ContactDto | null> {
      const phone = normalisePhone(args.phone);
      if (!phone) return null;
      const row = await prisma.contact.findFirst({
        where: { active: true, OR: [{ phone }, { mobilePhone: phone }] },
        include: { organization: true },
        orderBy: { id: 'asc' },
      });
      if (!row) return null;
      return {
        id: String(row.id),
        name: `${row.firstName} ${row.lastName}`,
        phone: row.phone,
        email: row.email,
        organization: row.organization.active ? toOrganizationDto(row.organization) : null,
      };
    },

    async listDevices(args: ListDevicesArgs): Promise<DeviceDto[]> {
      const organizationId = toNumericId(args.organizationId);
      if (organizationId === undefined) return [];
      const contactId = args.contactId ? Number(args.contactId) : undefined;
      const rows = await prisma.device.findMany({
        where: { organizationId, ...(contactId ? { contacts: { some: { contactId } } } : {}) },
        orderBy: { id: 'asc' },
        take: 25,
        ...deviceView,
      });
      return rows.map(toDeviceDto);
    },

    async getDevice(args: GetDeviceArgs, context: Pick<ToolContext, 'organizationId'>): Promise<DeviceDto | null> {
      const organizationId = toNumericId(context.organizationId);
      const byId = args.deviceId && /^\d+$/.test(args.deviceId) ? { id: Number(args.deviceId) } : undefined;
      const byName = args.hostname ? { hostname: { equals: args.hostname, mode: 'insensitive' as const } } : undefined;
      const row = await prisma.device.findFirst({
        where: { ...(byId ?? byName ?? { id: -1 }), ...(organizationId !== undefined ? { organizationId } : {}) },
        ...deviceView,
      });
      return row ? toDeviceDto(row) : null;
    },

    async searchKb(args: SearchKbArgs): Promise<KbArticleDto[]> {
      return kb.search(args.query, args.category);
    },

    async createTicket(args: CreateTicketArgs, context: ToolContext): Promise<TicketDto> {
      const { ticket } = await insertTicket(
        prisma,
        {
          subject: args.subject,
          description: args.description,
          category: args.category,
          priority: args.priority,
          organizationId: toNumericId(args.organizationId ?? context.organizationId),
          contactId: toNumericId(args.contactId ?? context.contactId),
          callLogId: await callLogId(context.callSid),
          source: 'phone',
          // One ticket per call: a retried activity or a second request in the same call reuses it.
          idempotencyKey: `call:${context.callSid}`,
        },
        startTicketWorkflow,
      );
      return ticket;
    },

    async addTicketNote(args: AddTicketNoteArgs): Promise<TicketDto | null> {
      const id = toNumericId(args.ticketId);
      if (id === undefined) return null;
      const ticket = await prisma.supportTicket.findUnique({ where: { id } });
      if (!ticket) return null;
      await prisma.ticketMessage.create({
        data: { ticketId: id, authorType: 'bot', authorName: 'URackIT', visibility: 'internal', body: args.note },
      });
      return toTicketDto(await prisma.supportTicket.findUniqueOrThrow({ where: { id }, include: { status: true, priority: true } }));
    },

    async getTicketStatus(args: GetTicketStatusArgs, context: Pick<ToolContext, 'organizationId'>): Promise<TicketDto | null> {
      const id = toNumericId(args.ticketId.replace(/\D/g, ''));
      if (id === undefined) return null;
      const row = await prisma.supportTicket.findUnique({ where: { id }, include: { status: true, priority: true } });
      // A caller only hears about their own organisation's tickets.
      const organizationId = toNumericId(context.organizationId);
      if (!row || (organizationId !== undefined && row.organizationId !== organizationId)) return null;
      return toTicketDto(row);
    },

    /**
     * A human takeover always has a ticket behind it (the call's own, created if needed) with an
     * escalation row, so the technician who answers sees what was already tried.
     */
    async escalateToHuman(args: { reason: string }, context: ToolContext): Promise<EscalationDto> {
      const humans = await prisma.supportAgent.count({ where: { kind: 'human', active: true, role: { in: ['technician', 'on_call'] } } });
      const { ticket } = await insertTicket(
        prisma,
        {
          subject: `Caller asked for a technician${context.category ? ` (${context.category})` : ''}`,
          description: context.problem ?? args.reason,
          category: context.category ?? 'general',
          priority: 'medium',
          organizationId: toNumericId(context.organizationId),
          contactId: toNumericId(context.contactId),
          callLogId: await callLogId(context.callSid),
          source: 'phone',
          idempotencyKey: `call:${context.callSid}`,
        },
        startTicketWorkflow,
      );
      const ticketId = Number(ticket.id);
      const already = await prisma.ticketEscalation.findFirst({ where: { ticketId, trigger: 'caller_request' } });
      if (!already) {
        const level = (await prisma.ticketEscalation.count({ where: { ticketId } })) + 1;
        await prisma.$transaction([
          prisma.ticketEscalation.create({
            data: {
              ticketId,
              level,
              reason: args.reason,
              trigger: 'caller_request',
              notifiedTarget: humans > 0 ? context.transferNumber : 'callback',
            },
          }),
          prisma.supportTicket.update({ where: { id: ticketId }, data: { escalationLevel: level } }),
        ]);
      }
      return humans > 0 ? { accepted: true, destination: context.transferNumber } : { accepted: false, destination: null };
    },

    /** One callback per call; its workflow dials inside the organisation's business hours. */
    async scheduleCallback(args: ScheduleCallbackArgs, context: ToolContext): Promise<CallbackDto> {
      const call = await prisma.callLog.findUnique({ where: { callSid: context.callSid }, select: { id: true, ticketId: true } });
      const existing = call ? await prisma.callback.findFirst({ where: { callLogId: call.id } }) : null;
      const callback =
        existing ??
        (await prisma.callback.create({
          data: {
            phone: normalisePhone(context.callerPhone) ?? context.callerPhone,
            reason: args.reason,
            organizationId: toNumericId(context.organizationId),
            contactId: toNumericId(context.contactId),
            callLogId: call?.id,
            ticketId:
              call?.ticketId ?? (await prisma.supportTicket.findUnique({ where: { idempotencyKey: `call:${context.callSid}` } }))?.id,
            scheduledFor: new Date(),
          },
        }));
      await startCallbackWorkflow(callback.id);
      return { scheduled: true, when: args.when ?? 'as soon as a technician is free during business hours' };
    },
  };
}

export type CallToolActivities = ReturnType<typeof createCallToolActivities>;
