import type {
  CallbackDto,
  ContactDto,
  CreateTicketArgs,
  DeviceDto,
  EscalationDto,
  FindContactByPhoneArgs,
  GetDeviceArgs,
  GetTicketStatusArgs,
  IdentifyOrganizationArgs,
  IdentifyOrganizationByLineArgs,
  KbArticleDto,
  ListDevicesArgs,
  OrganizationDto,
  PastCallDto,
  ScheduleCallbackArgs,
  SearchKbArgs,
  TicketSummary,
} from '../../domain/agents/tools';
import type { Client } from '@temporalio/client';
import type { PrismaClient } from '../../infra/db';
import { equalsIgnoringCase } from '../../infra/like-pattern';
import { redactPii } from '../../domain/privacy/redact';
import type { ToolContext } from '../../workflows/call/types';
import { readProblem } from '../../domain/language/classify';
import { parseRequestedTime } from '../../domain/language/requested-time';
import { problemSubject } from '../../domain/language/subject';
import { nextOpen, type Calendar } from '../../domain/sla/calendar';
import { organizationCalendar } from '../tickets/stored-policy';
import { openTicket, toTicketSummary } from '../tickets/open-ticket';
import { ticketWorkflowStarter } from '../tickets/start';
import { callbackWorkflowStarter } from '../callbacks';
import { createKbIndex } from './kb-index';
import { normalisePhone, toNumericId } from './ids';

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

/** Caller-facing tools over the read model. Reads are safe to repeat; each write is keyed by the call, so a retry finds what the first attempt made. */
export function createCallToolActivities(prisma: PrismaClient, temporal?: { client: Client; taskQueue: string }) {
  const kb = createKbIndex(prisma);
  const startTicketWorkflow = ticketWorkflowStarter(temporal);
  const startCallbackWorkflow = callbackWorkflowStarter(temporal);

  async function callLogId(callSid: string): Promise<number | undefined> {
    return (await prisma.callLog.findUnique({ where: { callSid }, select: { id: true } }))?.id;
  }

  /** The call's ticket as it stands, when the call already has one. */
  async function ticketById(ticketId: string): Promise<TicketSummary | null> {
    const id = toNumericId(ticketId);
    const row =
      id === undefined ? null : await prisma.supportTicket.findUnique({ where: { id }, include: { status: true, priority: true } });
    return row ? toTicketSummary(row) : null;
  }

  async function calendarOf(organizationId: number | undefined): Promise<Calendar> {
    const organization = organizationId === undefined ? null : await prisma.organization.findUnique({ where: { id: organizationId } });
    return organizationCalendar(organization?.businessCalendar);
  }

  interface Booking {
    idempotencyKey: string;
    scheduledFor: number;
    bookedAt: number;
  }

  async function bookCallback(args: ScheduleCallbackArgs, context: ToolContext, booking: Booking): Promise<{ id: number }> {
    const { idempotencyKey } = booking;
    const call = await prisma.callLog.findUnique({ where: { callSid: context.callSid }, select: { id: true, ticketId: true } });
    const ticket = call?.ticketId ?? (await prisma.supportTicket.findUnique({ where: { idempotencyKey } }))?.id;
    try {
      return await prisma.callback.create({
        data: {
          idempotencyKey,
          phone: normalisePhone(context.callerPhone) ?? context.callerPhone,
          reason: args.reason === undefined ? undefined : redactPii(args.reason),
          organizationId: toNumericId(context.organizationId),
          contactId: toNumericId(context.contactId),
          callLogId: call?.id,
          ticketId: ticket,
          scheduledFor: new Date(booking.scheduledFor),
          createdAt: new Date(booking.bookedAt),
        },
      });
    } catch (error) {
      // Two attempts racing on the same call: the loser returns the winner's callback.
      if ((error as { code?: string }).code !== 'P2002') throw error;
      return prisma.callback.findUniqueOrThrow({ where: { idempotencyKey } });
    }
  }

  return {
    async identifyOrganization(args: IdentifyOrganizationArgs): Promise<OrganizationDto | null> {
      const ueCode = args.ueCode.trim().toUpperCase();
      const row = await prisma.organization.findFirst({ where: { ueCode, active: true } });
      return row ? toOrganizationDto(row) : null;
    },

    /** The organisation whose own support line was dialled; null for the shared line or an unknown number. */
    async identifyOrganizationByLine(args: IdentifyOrganizationByLineArgs): Promise<OrganizationDto | null> {
      const supportNumber = normalisePhone(args.supportNumber);
      if (!supportNumber) return null;
      const row = await prisma.organization.findFirst({ where: { supportNumber, active: true } });
      return row ? toOrganizationDto(row) : null;
    },

    /** The caller by phone number; within one organisation when the line already named it. */
    async findContactByPhone(args: FindContactByPhoneArgs): Promise<ContactDto | null> {
      const phone = normalisePhone(args.phone);
      if (!phone) return null;
      const organizationId = toNumericId(args.organizationId);
      const row = await prisma.contact.findFirst({
        where: { active: true, OR: [{ phone }, { mobilePhone: phone }], ...(organizationId === undefined ? {} : { organizationId }) },
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
      const byName = args.hostname ? { hostname: equalsIgnoringCase(args.hostname) } : undefined;
      const row = await prisma.device.findFirst({
        where: { ...(byId ?? byName ?? { id: -1 }), ...(organizationId !== undefined ? { organizationId } : {}) },
        ...deviceView,
      });
      return row ? toDeviceDto(row) : null;
    },

    async searchKb(args: SearchKbArgs): Promise<KbArticleDto[]> {
      return kb.search(args.query, args.category);
    },

    /** Opens the call's ticket. Safe to retry: one ticket per call (keyed by its CallSid). */
    async createTicket(args: CreateTicketArgs, context: ToolContext): Promise<TicketSummary> {
      const { ticket } = await openTicket(
        prisma,
        {
          // A ticket outlives the call: what the caller said goes in without its secrets.
          subject: redactPii(args.subject),
          description: redactPii(args.description),
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

    /** Read-only: the caller's last five calls, by contact when known, else by the number they call from. */
    async getCallerHistory(input: { contactId?: string; callerPhone: string }): Promise<PastCallDto[]> {
      const contactId = toNumericId(input.contactId);
      const phone = normalisePhone(input.callerPhone);
      if (contactId === undefined && !phone) return [];
      const rows = await prisma.callLog.findMany({
        where: { status: { not: 'in_progress' }, ...(contactId !== undefined ? { contactId } : { callerPhone: phone }) },
        orderBy: { startedAt: 'desc' },
        take: 5,
        select: { startedAt: true, category: true, callSummary: true, ticketId: true, analysis: { select: { resolutionStatus: true } } },
      });
      return rows.map((row) => ({
        startedAt: row.startedAt.toISOString(),
        category: row.category,
        summary: row.callSummary,
        outcome: (row.analysis?.resolutionStatus ?? null) as PastCallDto['outcome'],
        ticketId: row.ticketId === null ? null : String(row.ticketId),
      }));
    },

    async getTicketStatus(args: GetTicketStatusArgs, context: Pick<ToolContext, 'organizationId'>): Promise<TicketSummary | null> {
      const id = toNumericId(args.ticketId.replace(/\D/g, ''));
      if (id === undefined) return null;
      const row = await prisma.supportTicket.findUnique({ where: { id }, include: { status: true, priority: true } });
      // A caller only hears about their own organisation's tickets.
      const organizationId = toNumericId(context.organizationId);
      if (!row || (organizationId !== undefined && row.organizationId !== organizationId)) return null;
      return toTicketSummary(row);
    },

    /**
     * Opens (or finds) the call's ticket for a human takeover and says whether a technician can take
     * the call; the workflow then escalates the ticket through the ticket's own workflow. A ticket the
     * call already has (opened on it, or named by the caller) is the one escalated. Safe to retry: a
     * new ticket is keyed by the call.
     */
    async escalateToHuman(args: { reason: string }, context: ToolContext): Promise<EscalationDto> {
      const humans = await prisma.supportAgent.count({ where: { kind: 'human', active: true, role: { in: ['technician', 'on_call'] } } });
      const accepted = humans > 0;
      const destination = accepted ? context.transferNumber : null;
      const existing = context.ticketId === undefined ? null : await ticketById(context.ticketId);
      if (existing) return { accepted, destination, ticket: existing };
      const problem = context.problem;
      const { ticket } = await openTicket(
        prisma,
        {
          subject: problem
            ? `Caller asked for a technician: ${redactPii(problemSubject(problem, readProblem(problem)))}`
            : 'Caller asked for a technician',
          description: redactPii(problem ?? args.reason),
          category: context.category ?? 'general',
          priority: context.priority ?? 'medium',
          organizationId: toNumericId(context.organizationId),
          contactId: toNumericId(context.contactId),
          callLogId: await callLogId(context.callSid),
          source: 'phone',
          idempotencyKey: `call:${context.callSid}`,
        },
        startTicketWorkflow,
      );
      return { accepted, destination, ticket };
    },

    /**
     * Books one callback per call, and starts its workflow, which dials inside the organisation's
     * business hours. Safe to retry: the callback is keyed by the call, and starting finds the running workflow.
     */
    /**
     * Books one callback per call at the time the caller asked for (in the organisation's time zone and
     * business hours), starts its workflow and says the time back. Safe to retry: the callback is keyed by
     * the call, and its time is read again as of the first booking, so a retry books and says the same.
     */
    async scheduleCallback(args: ScheduleCallbackArgs, context: ToolContext): Promise<CallbackDto> {
      const idempotencyKey = `call:${context.callSid}`;
      const calendar = await calendarOf(toNumericId(context.organizationId));
      const existing = await prisma.callback.findUnique({ where: { idempotencyKey } });
      const bookedAt = existing?.createdAt.getTime() ?? Date.now();
      const requested = args.when ? parseRequestedTime(args.when, bookedAt, calendar) : null;
      const scheduledFor = requested?.at ?? nextOpen(calendar, bookedAt);
      const callback = existing ?? (await bookCallback(args, context, { idempotencyKey, scheduledFor, bookedAt }));
      await startCallbackWorkflow(callback.id);
      return { scheduled: true, when: requested?.readBack ?? null };
    },
  };
}

export type CallToolActivities = ReturnType<typeof createCallToolActivities>;
