import type { PrismaClient } from '../infra/db';

export interface ExternalAction {
  /** Names the business fact, e.g. `ticket:10012:change:7:sms` or `callback:41:attempt:2`. */
  key: string;
  kind: 'sms' | 'email' | 'dial' | 'redirect';
  target: string;
}

/** Longer than any provider call we make (Twilio REST, SMTP) takes when it works. */
const ACTION_TIMEOUT_MS = 30_000;

/**
 * Performs an action outside our systems once per key, however often the activity around it runs:
 * attempts of the same key queue on the row's lock; the first that completes stores the provider's
 * answer, and every later attempt returns that answer without acting. A failed attempt leaves no
 * row, so the retry acts. (Only a crash after the provider accepted and before the commit can
 * repeat an action: providers give us no idempotency key to close that gap.)
 */
export async function onceOnly(
  prisma: PrismaClient,
  action: ExternalAction,
  perform: () => Promise<string | null>,
): Promise<string | null> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`INSERT INTO external_actions (key, kind, target) VALUES (${action.key}, ${action.kind}, ${action.target}) ON CONFLICT (key) DO NOTHING`;
      const [row] = await tx.$queryRaw<Array<{ completed_at: Date | null; result: string | null }>>`
        SELECT completed_at, result FROM external_actions WHERE key = ${action.key} FOR UPDATE`;
      if (row?.completed_at) return row.result;
      const result = await perform();
      await tx.externalAction.update({ where: { key: action.key }, data: { result, completedAt: new Date() } });
      return result;
    },
    { maxWait: ACTION_TIMEOUT_MS, timeout: ACTION_TIMEOUT_MS },
  );
}
