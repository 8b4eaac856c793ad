import { z } from 'zod';
import { Db, type PrismaClient } from '../../infra/db';
import { booleanFilter, enumFilter, flagFilter, idFilter, searchFilter, textEquals } from '../http/filters';
import { optional, text, ZEmail, ZPhone } from '../http/schemas';
import { writer, type Delegate, type ResourceDef } from './crud';

const include = {
  _count: { select: { assignedTickets: { where: { status: { isFinal: false } } } } },
} as const satisfies Db.Prisma.SupportAgentInclude;

type SupportAgentRow = Db.Prisma.SupportAgentGetPayload<{ include: typeof include }>;

const kinds = Object.values(Db.AgentKind) as [Db.AgentKind, ...Db.AgentKind[]];
const roles = Object.values(Db.AgentRole) as [Db.AgentRole, ...Db.AgentRole[]];

export const ZCreateSupportAgentRequest = z.object({
  name: text(200),
  kind: z.enum(kinds).default('human'),
  email: optional(ZEmail),
  phone: optional(ZPhone),
  specialty: optional(text(100)),
  role: z.enum(roles).default('technician'),
  isOnCall: z.boolean().default(false),
  active: z.boolean().default(true),
});
export const ZUpdateSupportAgentRequest = ZCreateSupportAgentRequest.extend({
  kind: z.enum(kinds).optional(),
  role: z.enum(roles).optional(),
  isOnCall: z.boolean().optional(),
  active: z.boolean().optional(),
}).partial();

function toDto({ _count, ...row }: SupportAgentRow) {
  return { ...row, openTicketCount: _count.assignedTickets };
}

export const supportAgents: ResourceDef<SupportAgentRow> = {
  name: 'support-agents',
  label: 'support agent',
  delegate: (prisma: PrismaClient) => prisma.supportAgent as unknown as Delegate,
  include,
  toDto,
  list: {
    sortable: {
      id: 'id',
      name: 'name',
      kind: 'kind',
      role: 'role',
      specialty: 'specialty',
      isOnCall: 'isOnCall',
      active: 'active',
      createdAt: 'createdAt',
    },
    defaultSort: ['name', 'ASC'],
    filters: {
      q: searchFilter(['name', 'email', 'specialty', 'phone']),
      id: idFilter('id'),
      kind: enumFilter('kind', kinds),
      role: enumFilter('role', roles),
      specialty: textEquals('specialty'),
      isOnCall: booleanFilter('isOnCall'),
      active: booleanFilter('active'),
      /** Who can be dialled (a warm transfer, a supervisor's take-over). */
      hasPhone: flagFilter({ phone: { not: null } }, { phone: null }),
    },
  },
  create: writer(ZCreateSupportAgentRequest),
  update: writer(ZUpdateSupportAgentRequest),
  deletable: true,
};
