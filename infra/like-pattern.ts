/**
 * Prisma compiles a case-insensitive `equals` (`mode: 'insensitive'`) to PostgreSQL's ILIKE without
 * escaping its wildcards, so `%` would match every row and `_` any character. This escapes them
 * (and the escape character) so the value means itself.
 */
export function escapeLikePattern(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** A case-insensitive exact match on a text column, safe for any value. */
export function equalsIgnoringCase(value: string): { equals: string; mode: 'insensitive' } {
  return { equals: escapeLikePattern(value), mode: 'insensitive' };
}
