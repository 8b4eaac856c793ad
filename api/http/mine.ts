import type { PrismaClient } from '../../infra/db';
import type { AuthContext } from '../auth/tokens';
import { AppError } from '../errors';
import type { Where } from './filters';

const NOTHING: Where = { id: -1 };

function isTrue(value: unknown): boolean {
  return value === true || value === 'true' || value === '1';
}

/** Malformed JSON is left for the list parser, which answers it with a 400. */
function jsonObject(raw: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `mine=true` — plain, or inside react-admin's `filter` JSON — narrows a list to the technician the
 * logged-in user is (their queue). It depends on who asks, so it is taken out of the query here and
 * becomes a scope; a user not linked to a technician has an empty queue.
 */
export async function takeMine(
  prisma: PrismaClient,
  query: Record<string, unknown>,
  auth: AuthContext,
  scopeOf: (supportAgentId: number) => Where,
): Promise<{ query: Record<string, unknown>; scope: Where }> {
  const { mine: plain, ...rest } = query;
  if (plain !== undefined && !['true', 'false', '1', '0', ''].includes(plain as string)) {
    throw new AppError('VALIDATION', 'invalid mine: expected true or false', [{ path: 'mine', message: 'expected true or false' }]);
  }
  let filter = rest.filter;
  let mine = isTrue(plain);
  const parsed = typeof filter === 'string' && filter.includes('"mine"') ? jsonObject(filter) : undefined;
  if (parsed) {
    mine ||= isTrue(parsed.mine);
    delete parsed.mine;
    filter = JSON.stringify(parsed);
  }
  const cleaned = filter === undefined ? rest : { ...rest, filter };
  if (!mine) return { query: cleaned, scope: {} };
  const user = await prisma.user.findUnique({ where: { id: auth.userId }, select: { supportAgentId: true } });
  return { query: cleaned, scope: user?.supportAgentId ? scopeOf(user.supportAgentId) : NOTHING };
}
