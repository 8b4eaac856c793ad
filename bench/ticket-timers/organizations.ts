import type { PrismaClient } from '../../infra/db';
import { FIRST_BENCH_UE_NUMBER, PRIORITIES, RESOLUTION_MIN, WARNING_PERCENT, firstResponseMinutes, type BenchTerms } from './terms';

const ALL_DAY = [['00:00', '24:00']];

/** The benchmark organisations (UE-9901, UE-9902, …) with their minutes-long SLA terms; returns their ids by index. */
export async function createBenchOrganizations(prisma: PrismaClient, terms: BenchTerms): Promise<number[]> {
  const ids: number[] = [];
  for (let org = 0; org < terms.orgCount; org++) {
    ids.push(await createBenchOrganization(prisma, org, (priority) => firstResponseMinutes(terms, org, priority)));
  }
  return ids;
}

async function createBenchOrganization(
  prisma: PrismaClient,
  index: number,
  minutesOf: (priority: (typeof PRIORITIES)[number]) => number,
): Promise<number> {
  const org = await prisma.organization.create({
    data: {
      ueCode: `UE-${FIRST_BENCH_UE_NUMBER + index}`,
      name: `Benchmark Timers ${index + 1}`,
      timezone: 'UTC',
      businessCalendar: {
        timezone: 'UTC',
        weekly: { sun: ALL_DAY, mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY },
        holidays: [],
      },
    },
  });
  for (const code of PRIORITIES) {
    const priority = await prisma.ticketPriority.findUniqueOrThrow({ where: { code } });
    await prisma.slaPolicy.create({
      data: {
        name: `Benchmark ${code}`,
        priorityId: priority.id,
        organizationId: org.id,
        firstResponseMinutes: minutesOf(code),
        resolutionMinutes: RESOLUTION_MIN,
        warningPercent: WARNING_PERCENT,
        escalationLevels: [{ level: 1, after: 'breach', notify: 'assignee', delayMinutes: 0 }],
        businessHoursOnly: false,
      },
    });
  }
  return org.id;
}
