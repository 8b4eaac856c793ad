import { z } from 'zod';
import type { Db, PrismaClient } from '../../infra/db';
import { dateBound, idFilter, searchFilter, textEquals } from '../http/filters';
import { ZId } from '../http/ids';
import { optional, text, ZDate } from '../http/schemas';
import { writer, type Delegate, type ResourceDef } from './crud';

const include = { organization: { select: { name: true } } } as const satisfies Db.Prisma.DomainInclude;

type DomainRow = Db.Prisma.DomainGetPayload<{ include: typeof include }>;

/** A DNS name as people type it: lower-cased, no scheme, no trailing dot. */
const ZDomainName = z
  .string()
  .trim()
  .toLowerCase()
  .transform((name) => name.replace(/\.$/, ''))
  .pipe(
    z
      .string()
      .max(253)
      .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'expected a domain name such as example.com'),
  );

export const ZCreateDomainRequest = z.object({
  organizationId: ZId,
  name: ZDomainName,
  registrar: optional(text(100)),
  expiresAt: optional(ZDate),
  dnsProvider: optional(text(100)),
  emailProvider: optional(text(100)),
});
export const ZUpdateDomainRequest = ZCreateDomainRequest.partial();

function toDto({ organization, ...row }: DomainRow) {
  return { ...row, organizationName: organization.name };
}

/** The internet domains a customer owns (for e-mail and DNS troubleshooting, renewal reminders). */
export const domains: ResourceDef<DomainRow> = {
  name: 'domains',
  label: 'domain',
  delegate: (prisma: PrismaClient) => prisma.domain as unknown as Delegate,
  include,
  toDto,
  list: {
    sortable: { id: 'id', name: 'name', registrar: 'registrar', expiresAt: 'expiresAt', organizationName: 'organization.name' },
    defaultSort: ['name', 'ASC'],
    filters: {
      q: searchFilter(['name', 'registrar', 'dnsProvider', 'emailProvider']),
      id: idFilter('id'),
      organizationId: idFilter('organizationId'),
      name: textEquals('name'),
      expiresAt_lte: dateBound('expiresAt', 'lte'),
    },
    aliases: { org: 'organizationId' },
  },
  create: writer(ZCreateDomainRequest),
  update: writer(ZUpdateDomainRequest),
  deletable: true,
};
