import { z } from 'zod';
import type { Db, PrismaClient } from '../../infra/db';
import { idFilter, searchFilter } from '../http/filters';
import { ZId } from '../http/ids';
import { optional, text, ZTimezone } from '../http/schemas';
import { writer, type Delegate, type ResourceDef } from './crud';

const include = {
  organization: { select: { name: true } },
  _count: { select: { devices: true } },
} as const satisfies Db.Prisma.LocationInclude;

type LocationRow = Db.Prisma.LocationGetPayload<{ include: typeof include }>;

export const ZCreateLocationRequest = z.object({
  organizationId: ZId,
  name: text(200),
  address: optional(text(300)),
  city: optional(text(100)),
  region: optional(text(100)),
  postalCode: optional(text(20)),
  country: z.string().trim().toUpperCase().length(2).default('US'),
  timezone: optional(ZTimezone),
});
export const ZUpdateLocationRequest = ZCreateLocationRequest.extend({
  country: z.string().trim().toUpperCase().length(2).optional(),
}).partial();

function toDto({ organization, _count, ...row }: LocationRow) {
  return { ...row, organizationName: organization.name, deviceCount: _count.devices };
}

export const locations: ResourceDef<LocationRow> = {
  name: 'locations',
  label: 'location',
  delegate: (prisma: PrismaClient) => prisma.location as unknown as Delegate,
  include,
  toDto,
  list: {
    sortable: { id: 'id', name: 'name', city: 'city', country: 'country', organizationName: 'organization.name', createdAt: 'createdAt' },
    defaultSort: ['name', 'ASC'],
    filters: {
      q: searchFilter(['name', 'address', 'city', 'region', 'postalCode']),
      id: idFilter('id'),
      organizationId: idFilter('organizationId'),
    },
    aliases: { org: 'organizationId' },
  },
  create: writer(ZCreateLocationRequest),
  update: writer(ZUpdateLocationRequest),
  deletable: true,
};
