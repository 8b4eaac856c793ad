import { createTwilioRestClient, type TwilioSettings } from '../twilio';
import type { PrismaClient } from '../../infra/db';

/*
 * Twilio's call status callback carries the call's status and CallDuration but no price (the
 * Call resource's `price` is "populated after the call is completed" and "may not be
 * immediately available", as is a Message's), so the usage rows are written without one and the
 * price is fetched here later: the rollups run this for their window before they add up costs.
 */

export interface PriceSettlement {
  /** Rows without a price in the window. */
  unpriced: number;
  /** Rows given Twilio's price now. */
  priced: number;
  /** Rows Twilio has not priced yet or does not know (a simulated call): tried again by the next rollup. */
  pending: number;
}

/** At most this many rows per run; a backlog is worked off by later runs. */
const BATCH = 200;
const PARALLEL = 4;

type TwilioClient = NonNullable<ReturnType<typeof createTwilioRestClient>>;

/** Twilio prices are negative strings ("-0.0085"); we store the cost. */
export function twilioCost(price: string | null | undefined): number | undefined {
  if (price === undefined || price === null || price.trim() === '') return undefined;
  const value = Math.abs(Number(price));
  return Number.isFinite(value) ? value : undefined;
}

async function fetchPrice(client: TwilioClient, kind: 'voice' | 'sms', sid: string) {
  const resource = kind === 'voice' ? await client.calls(sid).fetch() : await client.messages(sid).fetch();
  return { cost: twilioCost(resource.price), unit: resource.priceUnit?.toUpperCase() || 'USD', status: resource.status };
}

function isNotFound(error: unknown): boolean {
  return (error as { status?: number }).status === 404;
}

export function createTwilioPriceActivities(prisma: PrismaClient, settings: TwilioSettings) {
  const client = createTwilioRestClient(settings);
  return {
    /**
     * Fills in the price of usage rows logged in [from, to) that have none yet. Safe to retry:
     * it writes only rows still without a price, with Twilio's own figure for that SID. Fails
     * only when Twilio answers no read at all (down), so one unknown SID never blocks a rollup.
     */
    async settleTwilioPrices({ from, to }: { from: string; to: string }): Promise<PriceSettlement> {
      const rows = await prisma.twilioUsageLog.findMany({
        where: { price: null, createdAt: { gte: new Date(from), lt: new Date(to) } },
        select: { id: true, callSid: true, kind: true },
        orderBy: { id: 'asc' },
        take: BATCH,
      });
      const result: PriceSettlement = { unpriced: rows.length, priced: 0, pending: 0 };
      if (!client || rows.length === 0) return { ...result, pending: rows.length };
      let failures = 0;
      for (let start = 0; start < rows.length; start += PARALLEL) {
        await Promise.all(
          rows.slice(start, start + PARALLEL).map(async (row) => {
            try {
              const { cost, unit, status } = await fetchPrice(client, row.kind, row.callSid);
              if (cost === undefined) return void (result.pending += 1);
              await prisma.twilioUsageLog.updateMany({
                where: { id: row.id, price: null },
                data: { price: cost, priceUnit: unit, status },
              });
              result.priced += 1;
            } catch (error) {
              result.pending += 1;
              if (!isNotFound(error)) failures += 1;
            }
          }),
        );
      }
      if (failures === rows.length) throw new Error(`Twilio answered none of ${rows.length} price reads`);
      return result;
    },
  };
}
