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

/** How many of a term's last characters narrow a phone search (see callerPhoneOfCall). */
const PHONE_TAIL = 5;

/**
 * The trailing characters of a search term that every match must also contain, or null when
 * there are none worth using: a term no longer than the tail, one with a backslash (LIKE's escape:
 * a cut could split `\%`), or a tail without three ASCII letters or digits in a row (no trigram to look
 * up, so the narrowing scan would read the whole table). Prisma's `contains` does not escape `%`
 * or `_`, so the term is a LIKE pattern; a suffix of a pattern without escapes matches wherever
 * the pattern does.
 */
export function narrowingTail(term: string): string | null {
  if (term.length <= PHONE_TAIL || term.includes('\\')) return null;
  const tail = term.slice(-PHONE_TAIL);
  return /[A-Za-z0-9]{3}/.test(tail) ? tail : null;
}

/**
 * A call's own phone number, searched by the term's last characters first. Numbers share their
 * country and area code, so the trigrams a fragment starts with (`+15`, `155`, `555`) are in nearly
 * every row, and the trigram index's scan of `+155500123` decoded those million-entry lists:
 * 20–40 ms over 1,000,000 calls, the slowest part of any search. Its last five characters hold
 * the rare trigrams: the index finds their few hundred rows in ~2 ms, and the whole term is then
 * tested on those rows only (`OFFSET 0` keeps PostgreSQL from folding the two scans into one).
 * The condition is the one Prisma's `contains` sends, so the calls found are the same.
 */
export const callerPhoneOfCall: SearchLookup = {
  foreignKey: 'id',
  paths: ['callerPhone'],
  async find(prisma, term, limit) {
    const tail = narrowingTail(term);
    if (tail === null) return null;
    return ids(
      await prisma.$queryRaw<Array<{ id: number }>>`
        SELECT id FROM (SELECT id, caller_phone FROM call_logs WHERE caller_phone ILIKE ('%' || ${tail} || '%') OFFSET 0) narrowed
         WHERE caller_phone ILIKE ('%' || ${term} || '%') LIMIT ${limit}`,
    );
  },
};

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
