/**
 * The service desk: ticket statuses and priorities, SLA policies, support agents (bots and people),
 * panel logins and the knowledge base. Reference rows can be rewritten with `updateExisting`;
 * logins never are (an existing user's password is never re-hashed).
 */
import { hash } from '@node-rs/argon2';
import { Prisma } from './generated/client/client';
import type { CustomerRefs } from './seed-customers';
import * as D from './seed-data';
import { KB_ARTICLES, kbArticleBody } from './seed-kb';
import type { LoginSeed } from './seed-logins';
import { createOnce, idOf, idsBy, type IdOf, type SeedRun } from './seed-support';

/** How the history finds the service desk's rows: by status and priority code, agent and user e-mail. */
export interface ServiceDeskRefs {
  statusId: IdOf;
  priorityId: IdOf;
  agentId: IdOf;
  /** Null when that login was not seeded: production seeds no demo logins. */
  userId(email: string): number | null;
}

async function seedTicketLookups(run: SeedRun): Promise<Pick<ServiceDeskRefs, 'statusId' | 'priorityId'>> {
  const { prisma, created } = run;
  created.ticketStatuses += (
    await prisma.ticketStatus.createMany({ data: D.TICKET_STATUSES.map((s) => ({ ...s })), skipDuplicates: true })
  ).count;
  created.ticketPriorities += (
    await prisma.ticketPriority.createMany({ data: D.TICKET_PRIORITIES.map((p) => ({ ...p })), skipDuplicates: true })
  ).count;
  if (run.updateExisting) {
    for (const s of D.TICKET_STATUSES) {
      await prisma.ticketStatus.update({ where: { code: s.code }, data: { name: s.name, isFinal: s.isFinal, sortOrder: s.sortOrder } });
      run.updated += 1;
    }
    for (const p of D.TICKET_PRIORITIES) {
      await prisma.ticketPriority.update({ where: { code: p.code }, data: { name: p.name, rank: p.rank } });
      run.updated += 1;
    }
  }
  const statuses = await prisma.ticketStatus.findMany({ select: { id: true, code: true } });
  const priorities = await prisma.ticketPriority.findMany({ select: { id: true, code: true } });
  return {
    statusId: idOf(
      idsBy(statuses, (row) => row.code),
      'ticket status',
    ),
    priorityId: idOf(
      idsBy(priorities, (row) => row.code),
      'ticket priority',
    ),
  };
}

/**
 * A null organisation is the default policy for its priority. Compound uniques cannot be addressed
 * with null, so each policy is looked up with findFirst and created or (updateExisting) rewritten.
 */
async function seedSlaPolicies(run: SeedRun, priorityId: IdOf, customers: CustomerRefs): Promise<void> {
  const { prisma } = run;
  for (const policy of D.SLA_POLICIES) {
    const where = {
      priorityId: priorityId(policy.priority),
      organizationId: policy.ueCode === null ? null : customers.orgId(policy.ueCode),
    };
    const values = {
      name: policy.name,
      firstResponseMinutes: policy.firstResponseMinutes,
      resolutionMinutes: policy.resolutionMinutes,
      warningPercent: policy.warningPercent,
      escalationLevels: policy.escalationLevels,
      businessHoursOnly: policy.businessHoursOnly,
      calendar: policy.calendar ?? Prisma.DbNull,
    };
    const existing = await prisma.slaPolicy.findFirst({ where, select: { id: true } });
    if (!existing) {
      if (await createOnce(() => prisma.slaPolicy.create({ data: { ...values, ...where } }))) run.created.slaPolicies += 1;
    } else if (run.updateExisting) {
      await prisma.slaPolicy.update({ where: { id: existing.id }, data: values });
      run.updated += 1;
    }
  }
}

/** Bots for every catalog agent, and the human team. */
async function seedSupportAgents(run: SeedRun): Promise<IdOf> {
  const { prisma, created } = run;
  created.supportAgents += (
    await prisma.supportAgent.createMany({ data: D.SUPPORT_AGENTS.map((a) => ({ ...a })), skipDuplicates: true })
  ).count;
  const rows = await prisma.supportAgent.findMany({
    where: { email: { in: D.SUPPORT_AGENTS.map((a) => a.email) } },
    select: { id: true, email: true },
  });
  return idOf(
    idsBy(rows, (row) => row.email),
    'support agent',
  );
}

/** Panel users; the (slow, salted) hash is computed only for users that do not exist yet. */
async function seedLogins(run: SeedRun, logins: readonly LoginSeed[]): Promise<ServiceDeskRefs['userId']> {
  const { prisma } = run;
  const emails = [...D.USERS.map((u) => u.email), ...logins.map((login) => login.email)];
  const existing = new Set(
    (await prisma.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((row) => row.email),
  );
  const rows = [];
  for (const login of logins.filter((candidate) => !existing.has(candidate.email))) {
    rows.push({ email: login.email, name: login.name, role: login.role, passwordHash: await hash(login.password) });
  }
  if (rows.length > 0) run.created.users += (await prisma.user.createMany({ data: rows, skipDuplicates: true })).count;
  const users = await prisma.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const ids = idsBy(users, (row) => row.email);
  return (email) => ids.get(email) ?? null;
}

async function seedKnowledgeBase(run: SeedRun): Promise<void> {
  const rows = KB_ARTICLES.map((a) => ({
    slug: a.slug,
    title: a.title,
    category: a.category,
    keywords: [...a.keywords],
    symptoms: [...a.symptoms],
    steps: [...a.steps],
    escalateWhen: a.escalateWhen,
    body: kbArticleBody(a),
  }));
  run.created.kbArticles += (await run.prisma.kbArticle.createMany({ data: rows, skipDuplicates: true })).count;
  if (!run.updateExisting) return;
  for (const { slug, ...rest } of rows) {
    await run.prisma.kbArticle.update({ where: { slug }, data: rest });
    run.updated += 1;
  }
}

export async function seedServiceDesk(run: SeedRun, customers: CustomerRefs, logins: readonly LoginSeed[]): Promise<ServiceDeskRefs> {
  const lookups = await seedTicketLookups(run);
  await seedSlaPolicies(run, lookups.priorityId, customers);
  const agentId = await seedSupportAgents(run);
  const userId = await seedLogins(run, logins);
  await seedKnowledgeBase(run);
  const { created } = run;
  run.log(
    `seed: service desk +${created.supportAgents} agents, +${created.users} users, +${created.kbArticles} KB articles, +${created.slaPolicies} SLA policies`,
  );
  return { ...lookups, agentId, userId };
}
