import { z } from 'zod';
import { Db, type PrismaClient } from '../../infra/db';
import { booleanFilter, codeFilter, idFilter, searchFilter } from '../http/filters';
import { ZId } from '../http/ids';
import { optional, text, ZTimezone } from '../http/schemas';
import { TICKET_PRIORITIES } from '../../domain/tickets/codes';
import { writer, type Delegate, type ResourceDef } from './crud';

const include = {
  priority: { select: { code: true, name: true, rank: true } },
  organization: { select: { name: true } },
} as const satisfies Db.Prisma.SlaPolicyInclude;

type SlaPolicyRow = Db.Prisma.SlaPolicyGetPayload<{ include: typeof include }>;

const ZMinutes = z
  .number()
  .int()
  .positive()
  .max(60 * 24 * 90);

export const ZEscalationLevel = z.object({
  level: z.number().int().min(1).max(10),
  after: z.enum(['warning', 'breach']),
  notify: z.enum(['assignee', 'supervisor', 'account_manager', 'on_call']),
  delayMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 30)
    .default(0),
});

const ZHours = z.array(z.tuple([z.string().regex(/^\d\d:\d\d$/), z.string().regex(/^\d\d:\d\d$/)])).max(4);
export const ZBusinessCalendar = z.object({
  timezone: ZTimezone,
  weekly: z.partialRecord(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']), ZHours),
  holidays: z.array(z.iso.date()).max(100).default([]),
});

const fields = {
  name: text(200),
  priorityId: ZId,
  organizationId: optional(ZId),
  firstResponseMinutes: ZMinutes,
  resolutionMinutes: ZMinutes,
  warningPercent: z.number().int().min(1).max(99),
  escalationLevels: z.array(ZEscalationLevel).max(10),
  businessHoursOnly: z.boolean(),
  calendar: optional(ZBusinessCalendar),
  active: z.boolean(),
};

function responseBeforeResolution(policy: { firstResponseMinutes?: number; resolutionMinutes?: number }): boolean {
  const { firstResponseMinutes, resolutionMinutes } = policy;
  return firstResponseMinutes === undefined || resolutionMinutes === undefined || firstResponseMinutes <= resolutionMinutes;
}
const resolutionRule = { message: 'the first-response target must not exceed the resolution target', path: ['resolutionMinutes'] };

export const ZCreateSlaPolicyRequest = z
  .object({
    ...fields,
    warningPercent: fields.warningPercent.default(75),
    escalationLevels: fields.escalationLevels.default([]),
    businessHoursOnly: fields.businessHoursOnly.default(false),
    active: fields.active.default(true),
  })
  .refine(responseBeforeResolution, resolutionRule);
export const ZUpdateSlaPolicyRequest = z.object(fields).partial().refine(responseBeforeResolution, resolutionRule);

/** A nullable Json column is cleared with Prisma's DbNull sentinel; a bare null is rejected. */
function toData<T extends { calendar?: unknown }>(input: T) {
  return input.calendar === null ? { ...input, calendar: Db.Prisma.DbNull } : input;
}

function toDto({ priority, organization, ...row }: SlaPolicyRow) {
  return {
    ...row,
    priorityCode: priority.code,
    priorityName: priority.name,
    organizationName: organization?.name ?? null,
  };
}

export const slaPolicies: ResourceDef<SlaPolicyRow> = {
  name: 'sla-policies',
  label: 'SLA policy',
  delegate: (prisma: PrismaClient) => prisma.slaPolicy as unknown as Delegate,
  include,
  toDto,
  list: {
    sortable: {
      id: 'id',
      name: 'name',
      priorityCode: 'priority.rank',
      organizationName: 'organization.name',
      firstResponseMinutes: 'firstResponseMinutes',
      resolutionMinutes: 'resolutionMinutes',
      active: 'active',
    },
    defaultSort: ['priorityCode', 'DESC'],
    filters: {
      q: searchFilter(['name']),
      id: idFilter('id'),
      priority: codeFilter('priority', TICKET_PRIORITIES),
      priorityId: idFilter('priorityId'),
      organizationId: idFilter('organizationId'),
      active: booleanFilter('active'),
    },
    aliases: { org: 'organizationId' },
  },
  create: writer(ZCreateSlaPolicyRequest, toData),
  update: writer(ZUpdateSlaPolicyRequest, toData),
  deletable: true,
};
