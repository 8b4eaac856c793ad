import { z } from 'zod';
import type { Db, PrismaClient } from '../../infra/db';
import { idFilter, searchFilter, textEquals } from '../http/filters';
import { optional, text, ZEmail, ZPhone } from '../http/schemas';
import { writer, type Delegate, type ResourceDef } from './crud';

const include = { _count: { select: { organizations: true } } } as const satisfies Db.Prisma.AccountManagerInclude;

type AccountManagerRow = Db.Prisma.AccountManagerGetPayload<{ include: typeof include }>;

export const ZCreateAccountManagerRequest = z.object({
  name: text(200),
  email: ZEmail,
  phone: optional(ZPhone),
});
export const ZUpdateAccountManagerRequest = ZCreateAccountManagerRequest.partial();

function toDto({ _count, ...row }: AccountManagerRow) {
  return { ...row, organizationCount: _count.organizations };
}

/** The people who own the customer relationship; organisations point at one, SLA escalations notify them. */
export const accountManagers: ResourceDef<AccountManagerRow> = {
  name: 'account-managers',
  label: 'account manager',
  delegate: (prisma: PrismaClient) => prisma.accountManager as unknown as Delegate,
  include,
  toDto,
  list: {
    sortable: { id: 'id', name: 'name', email: 'email', createdAt: 'createdAt' },
    defaultSort: ['name', 'ASC'],
    filters: {
      q: searchFilter(['name', 'email', 'phone']),
      id: idFilter('id'),
      email: textEquals('email'),
    },
  },
  create: writer(ZCreateAccountManagerRequest),
  update: writer(ZUpdateAccountManagerRequest),
  // Organisations keep their row when their manager goes (the relation sets null).
  deletable: true,
};
