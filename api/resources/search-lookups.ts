import type { PrismaClient } from '../../infra/db';
import type { SearchLookup } from '../http/filters';

const contains = (term: string) => ({ contains: term, mode: 'insensitive' as const });
const ids = (rows: Array<{ id: number }>) => rows.map((row) => row.id);

/** A list row's organisation, searched by name. */
export const organizationByName: SearchLookup = {
  foreignKey: 'organizationId',
  paths: ['organization.name'],
  find: async (prisma: PrismaClient, term, limit) =>
    ids(await prisma.organization.findMany({ where: { name: contains(term) }, select: { id: true }, take: limit })),
};

/** A list row's contact, searched by the given name fields. */
export function contactByName(fields: ReadonlyArray<'firstName' | 'lastName'>): SearchLookup {
  return {
    foreignKey: 'contactId',
    paths: fields.map((field) => `contact.${field}`),
    find: async (prisma: PrismaClient, term, limit) =>
      ids(
        await prisma.contact.findMany({
          where: { OR: fields.map((field) => ({ [field]: contains(term) })) },
          select: { id: true },
          take: limit,
        }),
      ),
  };
}
