import { z } from 'zod';
import type { Db, PrismaClient } from '../../infra/db';
import { booleanFilter, idFilter, searchFilter, textEquals } from '../http/filters';
import { ZId } from '../http/ids';
import { optional, text, ZEmail, ZPhone } from '../http/schemas';
import { writer, type Delegate, type ResourceDef } from './crud';

const include = { organization: { select: { name: true, ueCode: true } } } as const satisfies Db.Prisma.ContactInclude;

type ContactRow = Db.Prisma.ContactGetPayload<{ include: typeof include }>;

export const ZCreateContactRequest = z.object({
  organizationId: ZId,
  firstName: text(100),
  lastName: text(100),
  email: optional(ZEmail),
  phone: ZPhone,
  mobilePhone: optional(ZPhone),
  title: optional(text(100)),
  isPrimary: z.boolean().default(false),
  active: z.boolean().default(true),
});
export const ZUpdateContactRequest = ZCreateContactRequest.extend({
  isPrimary: z.boolean().optional(),
  active: z.boolean().optional(),
}).partial();

function toDto({ organization, ...row }: ContactRow) {
  return {
    ...row,
    name: `${row.firstName} ${row.lastName}`,
    organizationName: organization.name,
    organizationUeCode: organization.ueCode,
  };
}

export const contacts: ResourceDef<ContactRow> = {
  name: 'contacts',
  label: 'contact',
  delegate: (prisma: PrismaClient) => prisma.contact as unknown as Delegate,
  include,
  toDto,
  list: {
    sortable: {
      id: 'id',
      name: 'lastName',
      lastName: 'lastName',
      firstName: 'firstName',
      email: 'email',
      phone: 'phone',
      title: 'title',
      organizationName: 'organization.name',
      createdAt: 'createdAt',
    },
    defaultSort: ['lastName', 'ASC'],
    filters: {
      q: searchFilter(['firstName', 'lastName', 'email', 'phone', 'mobilePhone', 'title']),
      id: idFilter('id'),
      organizationId: idFilter('organizationId'),
      phone: textEquals('phone'),
      email: textEquals('email'),
      isPrimary: booleanFilter('isPrimary'),
      active: booleanFilter('active'),
    },
    aliases: { org: 'organizationId' },
  },
  create: writer(ZCreateContactRequest),
  update: writer(ZUpdateContactRequest),
  deletable: true,
};
