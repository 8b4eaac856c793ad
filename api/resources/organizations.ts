import { z } from 'zod';
import type { Db, PrismaClient } from '../../infra/db';
import { booleanFilter, idFilter, searchFilter, textEquals } from '../http/filters';
import { ZId } from '../http/ids';
import { optional, text, ZPhone, ZTimezone } from '../http/schemas';
import type { Router } from 'express';
import { nestedList, resourceRouter, writer, type Delegate, type ResourceDef } from './crud';

const include = {
  accountManager: { select: { name: true } },
  _count: { select: { contacts: true, devices: true, locations: true, tickets: true } },
} as const satisfies Db.Prisma.OrganizationInclude;

type OrganizationRow = Db.Prisma.OrganizationGetPayload<{ include: typeof include }>;

export const ZCreateOrganizationRequest = z.object({
  name: text(200),
  ueCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,4}-\d{3,8}$/, 'expected a code such as UE-1042'),
  industry: optional(text(100)),
  domain: optional(text(253)),
  phone: optional(ZPhone),
  /** The client's own support line: calls to it are known to be this organisation's. */
  supportNumber: optional(ZPhone),
  timezone: ZTimezone.default('America/New_York'),
  isVip: z.boolean().default(false),
  accountManagerId: optional(ZId),
  accountTechnicianId: optional(ZId),
  notes: optional(z.string().max(5000)),
  active: z.boolean().default(true),
});
// Updates send the whole record back (react-admin); defaults must not reset omitted fields.
export const ZUpdateOrganizationRequest = ZCreateOrganizationRequest.extend({
  timezone: ZTimezone.optional(),
  isVip: z.boolean().optional(),
  active: z.boolean().optional(),
}).partial();

function toDto({ accountManager, _count, ...row }: OrganizationRow) {
  return {
    ...row,
    accountManagerName: accountManager?.name ?? null,
    contactCount: _count.contacts,
    deviceCount: _count.devices,
    locationCount: _count.locations,
    ticketCount: _count.tickets,
  };
}

export const organizations: ResourceDef<OrganizationRow> = {
  name: 'organizations',
  label: 'organization',
  delegate: (prisma: PrismaClient) => prisma.organization as unknown as Delegate,
  include,
  toDto,
  list: {
    sortable: {
      id: 'id',
      name: 'name',
      ueCode: 'ueCode',
      industry: 'industry',
      isVip: 'isVip',
      active: 'active',
      createdAt: 'createdAt',
      updatedAt: 'updatedAt',
    },
    defaultSort: ['name', 'ASC'],
    filters: {
      q: searchFilter(['name', 'ueCode', 'domain', 'industry', 'phone', 'supportNumber']),
      id: idFilter('id'),
      ueCode: textEquals('ueCode'),
      supportNumber: textEquals('supportNumber'),
      industry: textEquals('industry'),
      isVip: booleanFilter('isVip'),
      active: booleanFilter('active'),
      accountManagerId: idFilter('accountManagerId'),
      accountTechnicianId: idFilter('accountTechnicianId'),
    },
  },
  create: writer(ZCreateOrganizationRequest),
  update: writer(ZUpdateOrganizationRequest),
  deletable: true,
};

/** The organisation routes, plus its contacts, locations and devices as scoped lists. */
export function organizationsRouter(prisma: PrismaClient, children: ResourceDef<unknown>[]): Router {
  const router = resourceRouter(prisma, organizations);
  for (const child of children) nestedList(router, prisma, organizations, child, 'organizationId');
  return router;
}
