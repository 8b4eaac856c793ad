import type { PrismaClient } from '../../infra/db';
import type { AuthContext } from '../auth/tokens';
import type { Where } from './filters';

const NOTHING: Where = { id: -1 };

function isTrue(value: unknown): boolean {
  return value === true || value === 'true' || value === '1';
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
  let filter = rest.filter;
  let mine = isTrue(plain);
  if (typeof filter === 'string' && filter.includes('"mine"')) {
    const parsed = JSON.parse(filter) as Record<string, unknown>;
    mine ||= isTrue(parsed.mine);
    delete parsed.mine;
    filter = JSON.stringify(parsed);
  }
  const cleaned = filter === undefined ? rest : { ...rest, filter };
  if (!mine) return { query: cleaned, scope: {} };
  const user = await prisma.user.findUnique({ where: { id: auth.userId }, select: { supportAgentId: true } });
  return { query: cleaned, scope: user?.supportAgentId ? scopeOf(user.supportAgentId) : NOTHING };
}
