import type { PrismaClient } from '../../infra/db';
import type { CodeLookup, SearchLookup } from '../http/filters';

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

/** Lookup tables are seed data that changes with a migration, not with traffic: read at most once a minute. */
const CODES_FRESH_MS = 60_000;

function codeLookup(foreignKey: string, read: (prisma: PrismaClient) => Promise<Array<{ id: number; code: string }>>): CodeLookup {
  const cache = new WeakMap<PrismaClient, { readAt: number; idByCode: Map<string, number> }>();
  return {
    foreignKey,
    async ids(prisma, codes) {
      let cached = cache.get(prisma);
      if (!cached || Date.now() - cached.readAt > CODES_FRESH_MS) {
        cached = { readAt: Date.now(), idByCode: new Map((await read(prisma)).map((row) => [row.code, row.id])) };
        cache.set(prisma, cached);
      }
      const { idByCode } = cached;
      // A code with no row matches nothing, as the join on the code did.
      return codes.flatMap((code) => idByCode.get(code) ?? []);
    },
  };
}

export const ticketStatusCodes = codeLookup('statusId', (prisma) => prisma.ticketStatus.findMany({ select: { id: true, code: true } }));
export const ticketPriorityCodes = codeLookup('priorityId', (prisma) =>
  prisma.ticketPriority.findMany({ select: { id: true, code: true } }),
);
