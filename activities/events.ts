import { EVENTS_CHANNEL, type DomainEvent } from '../domain/events';
import type { PrismaClient } from '../infra/db';

/** Best effort: a lost notification only delays the panel's refresh, it never fails the activity. */
export async function publishEvent(prisma: PrismaClient, event: DomainEvent): Promise<void> {
  try {
    await prisma.$executeRawUnsafe('SELECT pg_notify($1, $2)', EVENTS_CHANNEL, JSON.stringify(event));
  } catch {
    // The row itself is already committed; the panel also refreshes on its own.
  }
}
