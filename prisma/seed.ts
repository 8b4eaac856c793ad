/**
 * Deterministic, idempotent demo seed.
 *
 *   DATABASE_URL=postgresql://… npx tsx prisma/seed.ts
 *
 * Every row is keyed by a natural key (U-E code, contact phone, serial number, slug, email,
 * lookup code, call SID, ticket idempotency key). Rows that already exist are left untouched
 * (edits made in the panel survive a re-seed; an existing user's password is never re-hashed),
 * so running the seed twice changes nothing. Child rows of calls and tickets (transcripts,
 * messages, escalations, usage…) are created together with their parent, only once.
 *
 * `updateExisting: true` additionally rewrites reference data (KB articles, ticket statuses and
 * priorities, SLA policies) with the seeded values, for picking up an improved seed.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { hash } from '@node-rs/argon2';
import { PrismaPg } from '@prisma/adapter-pg';
import { Prisma, PrismaClient } from './generated/client/client';
import * as D from './seed-data';
import { KB_ARTICLES, kbArticleBody } from './seed-kb';

export interface SeedOptions {
  log?: (msg: string) => void;
  /** Password for admin@urackit.local when the user is created (default 'admin123'). */
  adminPassword?: string;
  /** Password for supervisor@urackit.local when the user is created (default 'supervisor123'). */
  supervisorPassword?: string;
  /** Overwrite reference data (KB, statuses, priorities, SLA policies) with the seeded values. */
  updateExisting?: boolean;
}

export const SEED_TABLES = [
  'accountManagers',
  'organizations',
  'contacts',
  'locations',
  'deviceTypes',
  'deviceManufacturers',
  'deviceModels',
  'operatingSystems',
  'devices',
  'contactDevices',
  'domains',
  'ticketStatuses',
  'ticketPriorities',
  'slaPolicies',
  'supportAgents',
  'users',
  'kbArticles',
  'callLogs',
  'agentInteractions',
  'conversationAnalyses',
  'aiUsageLogs',
  'twilioUsageLogs',
  'supportTickets',
  'ticketAssignments',
  'ticketMessages',
  'ticketEscalations',
  'callbacks',
  'dailyMetrics',
  'hourlyMetrics',
  'customerMetrics',
  'systemHealthLogs',
] as const;

export type SeedTable = (typeof SEED_TABLES)[number];

export interface SeedSummary {
  /** Rows inserted by this run, per table (all zero on a re-run). */
  created: Record<SeedTable, number>;
  totalCreated: number;
  /** Rows rewritten because of `updateExisting`. */
  updated: number;
  /** Calls whose ticket link was set by this run. */
  linkedCalls: number;
}

// ───────────────────────────── helpers ─────────────────────────────

const REFERENCE_MS = Date.parse(D.SEED_REFERENCE_DATE);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function minutesAgo(minutes: number): Date {
  return new Date(REFERENCE_MS - minutes * MINUTE);
}

function addSeconds(at: Date, seconds: number): Date {
  return new Date(at.getTime() + seconds * 1000);
}

function addMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * MINUTE);
}

/** A calendar date (YYYY-MM-DD) as the UTC midnight Prisma uses for @db.Date. */
function dateOnly(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

function usd(amount: number): string {
  return amount.toFixed(6);
}

function need<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seed: unknown ${what} "${String(key)}"`);
  return value;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** Creates a row unless a concurrent seed created it first; true when this call created it. */
async function createOnce(create: () => Promise<unknown>): Promise<boolean> {
  try {
    await create();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

const orgContactKey = (organizationId: number, phone: string): string => `${organizationId}|${phone}`;

// ───────────────────────────── derived usage ─────────────────────────────

interface AiUsageRow {
  provider: string;
  model: string;
  purpose: string;
  promptTokens: number;
  completionTokens: number;
  audioSeconds: number | null;
  costUsd: string;
  createdAt: Date;
}

function aiUsageFor(call: D.CallSeed, endedAt: Date): AiUsageRow[] {
  const turns = call.hops.reduce((sum, hop) => sum + hop.turns, 0);
  const rows: AiUsageRow[] = [];
  if (call.brain === 'text') {
    const promptTokens = turns * 1150;
    const completionTokens = turns * 85;
    rows.push({
      provider: 'openai',
      model: 'gpt-4o-mini',
      purpose: 'turn',
      promptTokens,
      completionTokens,
      audioSeconds: null,
      costUsd: usd((promptTokens * 0.15 + completionTokens * 0.6) / 1_000_000),
      createdAt: endedAt,
    });
  } else if (call.brain === 'realtime') {
    rows.push({
      provider: 'openai',
      model: 'gpt-realtime',
      purpose: 'realtime',
      promptTokens: turns * 1400,
      completionTokens: turns * 120,
      audioSeconds: call.durationSeconds,
      costUsd: usd((call.durationSeconds / 60) * 0.18),
      createdAt: endedAt,
    });
  } else {
    rows.push({
      provider: 'builtin',
      model: 'rules',
      purpose: 'turn',
      promptTokens: 0,
      completionTokens: 0,
      audioSeconds: null,
      costUsd: usd(0),
      createdAt: endedAt,
    });
  }
  if (call.summary && call.status !== 'abandoned') {
    const transcriptChars = call.transcript.reduce((sum, line) => sum + line[3].length, 0);
    const external = call.brain !== 'rules';
    const promptTokens = external ? Math.ceil(transcriptChars / 4) + 300 : 0;
    const completionTokens = external ? 180 : 0;
    rows.push({
      provider: external ? 'openai' : 'builtin',
      model: external ? 'gpt-4o-mini' : 'rules-summarizer',
      purpose: 'summary',
      promptTokens,
      completionTokens,
      audioSeconds: null,
      costUsd: usd(external ? (promptTokens * 0.15 + completionTokens * 0.6) / 1_000_000 : 0),
      createdAt: addSeconds(endedAt, 4),
    });
  }
  return rows;
}

function twilioPrice(call: D.CallSeed): number {
  const perMinute = call.direction === 'inbound' ? 0.0085 : 0.014;
  return Math.ceil(call.durationSeconds / 60) * perMinute;
}

function twilioStatus(status: D.CallStatusSeed): string {
  switch (status) {
    case 'no_answer':
      return 'no-answer';
    case 'busy':
      return 'busy';
    case 'failed':
      return 'failed';
    case 'in_progress':
      return 'in-progress';
    default:
      return 'completed';
  }
}

// ───────────────────────────── the seed ─────────────────────────────

export async function seed(prisma: PrismaClient, opts: SeedOptions = {}): Promise<SeedSummary> {
  const log = opts.log ?? (() => undefined);
  const updateExisting = opts.updateExisting ?? false;
  const created = Object.fromEntries(SEED_TABLES.map((table) => [table, 0])) as Record<SeedTable, number>;
  let updated = 0;

  // Account managers
  created.accountManagers += (
    await prisma.accountManager.createMany({ data: D.ACCOUNT_MANAGERS.map((m) => ({ ...m })), skipDuplicates: true })
  ).count;
  const accountManagerIds = new Map(
    (
      await prisma.accountManager.findMany({
        where: { email: { in: D.ACCOUNT_MANAGERS.map((m) => m.email) } },
        select: { id: true, email: true },
      })
    ).map((row) => [row.email, row.id]),
  );

  // Organisations
  created.organizations += (
    await prisma.organization.createMany({
      data: D.ORGANIZATIONS.map((o) => ({
        ueCode: o.ueCode,
        name: o.name,
        industry: o.industry,
        domain: o.domain,
        phone: o.phone,
        supportNumber: o.supportNumber,
        timezone: o.timezone,
        isVip: o.isVip,
        accountManagerId: need(accountManagerIds, o.accountManagerEmail, 'account manager'),
        ...(o.businessCalendar ? { businessCalendar: o.businessCalendar } : {}),
        notes: o.notes,
      })),
      skipDuplicates: true,
    })
  ).count;
  // Organisations seeded before support lines existed get theirs; a number set by hand stays.
  for (const o of D.ORGANIZATIONS) {
    await prisma.organization.updateMany({ where: { ueCode: o.ueCode, supportNumber: null }, data: { supportNumber: o.supportNumber } });
  }
  const orgIds = new Map(
    (
      await prisma.organization.findMany({
        where: { ueCode: { in: D.ORGANIZATIONS.map((o) => o.ueCode) } },
        select: { id: true, ueCode: true },
      })
    ).map((row) => [row.ueCode, row.id]),
  );
  const orgId = (ueCode: string): number => need(orgIds, ueCode, 'organization');

  // Contacts
  created.contacts += (
    await prisma.contact.createMany({
      data: D.CONTACTS.map((c) => ({
        organizationId: orgId(c.ueCode),
        firstName: c.firstName,
        lastName: c.lastName,
        email: c.email,
        phone: c.phone,
        mobilePhone: c.mobilePhone,
        title: c.title,
        isPrimary: c.isPrimary,
      })),
      skipDuplicates: true,
    })
  ).count;
  const contactIds = new Map(
    (
      await prisma.contact.findMany({
        where: { organizationId: { in: [...orgIds.values()] }, phone: { in: D.CONTACTS.map((c) => c.phone) } },
        select: { id: true, organizationId: true, phone: true },
      })
    ).map((row) => [orgContactKey(row.organizationId, row.phone), row.id]),
  );
  const contactId = (ueCode: string, phone: string): number => need(contactIds, orgContactKey(orgId(ueCode), phone), 'contact');

  // Locations
  created.locations += (
    await prisma.location.createMany({
      data: D.LOCATIONS.map((l) => ({
        organizationId: orgId(l.ueCode),
        name: l.name,
        address: l.address,
        city: l.city,
        region: l.region,
        postalCode: l.postalCode,
        country: l.country,
        timezone: l.timezone,
      })),
      skipDuplicates: true,
    })
  ).count;
  const locationIds = new Map(
    (
      await prisma.location.findMany({
        where: { organizationId: { in: [...orgIds.values()] } },
        select: { id: true, organizationId: true, name: true },
      })
    ).map((row) => [`${row.organizationId}|${row.name}`, row.id]),
  );

  // Device catalog
  created.deviceTypes += (await prisma.deviceType.createMany({ data: D.DEVICE_TYPES.map((t) => ({ ...t })), skipDuplicates: true })).count;
  const deviceTypeIds = new Map((await prisma.deviceType.findMany({ select: { id: true, code: true } })).map((row) => [row.code, row.id]));

  created.deviceManufacturers += (
    await prisma.deviceManufacturer.createMany({
      data: D.DEVICE_MANUFACTURERS.map((m) => ({ ...m })),
      skipDuplicates: true,
    })
  ).count;
  const manufacturerIds = new Map(
    (await prisma.deviceManufacturer.findMany({ select: { id: true, name: true } })).map((row) => [row.name, row.id]),
  );

  created.deviceModels += (
    await prisma.deviceModel.createMany({
      data: D.DEVICE_MODELS.map((m) => ({
        manufacturerId: need(manufacturerIds, m.manufacturer, 'manufacturer'),
        deviceTypeId: need(deviceTypeIds, m.type, 'device type'),
        name: m.name,
      })),
      skipDuplicates: true,
    })
  ).count;
  const modelIds = new Map(
    (await prisma.deviceModel.findMany({ select: { id: true, manufacturerId: true, name: true } })).map((row) => [
      `${row.manufacturerId}|${row.name}`,
      row.id,
    ]),
  );

  created.operatingSystems += (
    await prisma.operatingSystem.createMany({ data: D.OPERATING_SYSTEMS.map((o) => ({ ...o })), skipDuplicates: true })
  ).count;
  const osIds = new Map(
    (await prisma.operatingSystem.findMany({ select: { id: true, name: true, version: true } })).map((row) => [
      `${row.name}|${row.version}`,
      row.id,
    ]),
  );

  // Devices
  created.devices += (
    await prisma.device.createMany({
      data: D.DEVICES.map((d) => {
        const organizationId = orgId(d.ueCode);
        const manufacturerId = need(manufacturerIds, d.manufacturer, 'manufacturer');
        return {
          organizationId,
          locationId: d.location ? need(locationIds, `${organizationId}|${d.location}`, 'location') : null,
          deviceTypeId: need(deviceTypeIds, d.type, 'device type'),
          deviceModelId: need(modelIds, `${manufacturerId}|${d.model}`, 'device model'),
          operatingSystemId: d.os ? need(osIds, `${d.os[0]}|${d.os[1]}`, 'operating system') : null,
          hostname: d.hostname,
          serialNumber: d.serialNumber,
          assetTag: d.assetTag,
          ipAddress: d.ipAddress,
          macAddress: d.macAddress,
          status: d.status,
          lastSeenAt: d.lastSeenMinutesAgo === null ? null : minutesAgo(d.lastSeenMinutesAgo),
          warrantyExpiresAt: d.warrantyExpires ? dateOnly(d.warrantyExpires) : null,
          notes: d.notes,
        };
      }),
      skipDuplicates: true,
    })
  ).count;
  const deviceIds = new Map(
    (
      await prisma.device.findMany({
        where: { serialNumber: { in: D.DEVICES.map((d) => d.serialNumber) } },
        select: { id: true, serialNumber: true },
      })
    ).flatMap((row) => (row.serialNumber === null ? [] : [[row.serialNumber, row.id] as const])),
  );

  created.contactDevices += (
    await prisma.contactDevice.createMany({
      data: D.DEVICES.flatMap((d) =>
        d.users.map((u) => ({
          contactId: contactId(d.ueCode, u.phone),
          deviceId: need(deviceIds, d.serialNumber, 'device'),
          isPrimary: u.isPrimary,
        })),
      ),
      skipDuplicates: true,
    })
  ).count;

  // Domains
  created.domains += (
    await prisma.domain.createMany({
      data: D.DOMAINS.map((d) => ({
        organizationId: orgId(d.ueCode),
        name: d.name,
        registrar: d.registrar,
        expiresAt: new Date(REFERENCE_MS + d.expiresInDays * DAY),
        dnsProvider: d.dnsProvider,
        emailProvider: d.emailProvider,
      })),
      skipDuplicates: true,
    })
  ).count;
  log(`seed: customers +${created.organizations} organizations, +${created.contacts} contacts, +${created.devices} devices`);

  // Ticket lookups
  created.ticketStatuses += (
    await prisma.ticketStatus.createMany({ data: D.TICKET_STATUSES.map((s) => ({ ...s })), skipDuplicates: true })
  ).count;
  created.ticketPriorities += (
    await prisma.ticketPriority.createMany({ data: D.TICKET_PRIORITIES.map((p) => ({ ...p })), skipDuplicates: true })
  ).count;
  if (updateExisting) {
    for (const s of D.TICKET_STATUSES) {
      await prisma.ticketStatus.update({ where: { code: s.code }, data: { name: s.name, isFinal: s.isFinal, sortOrder: s.sortOrder } });
      updated += 1;
    }
    for (const p of D.TICKET_PRIORITIES) {
      await prisma.ticketPriority.update({ where: { code: p.code }, data: { name: p.name, rank: p.rank } });
      updated += 1;
    }
  }
  const statusIds = new Map((await prisma.ticketStatus.findMany({ select: { id: true, code: true } })).map((row) => [row.code, row.id]));
  const priorityIds = new Map(
    (await prisma.ticketPriority.findMany({ select: { id: true, code: true } })).map((row) => [row.code, row.id]),
  );

  // SLA policies (a null organisation is the default policy; compound uniques cannot be
  // addressed with null, so these are looked up with findFirst)
  for (const policy of D.SLA_POLICIES) {
    const priorityId = need(priorityIds, policy.priority, 'priority');
    const organizationId = policy.ueCode === null ? null : orgId(policy.ueCode);
    const values = {
      name: policy.name,
      firstResponseMinutes: policy.firstResponseMinutes,
      resolutionMinutes: policy.resolutionMinutes,
      warningPercent: policy.warningPercent,
      escalationLevels: policy.escalationLevels,
      businessHoursOnly: policy.businessHoursOnly,
      calendar: policy.calendar ?? Prisma.DbNull,
    };
    const existing = await prisma.slaPolicy.findFirst({ where: { priorityId, organizationId }, select: { id: true } });
    if (!existing) {
      if (await createOnce(() => prisma.slaPolicy.create({ data: { ...values, priorityId, organizationId } }))) {
        created.slaPolicies += 1;
      }
    } else if (updateExisting) {
      await prisma.slaPolicy.update({ where: { id: existing.id }, data: values });
      updated += 1;
    }
  }

  // Support agents (bots for every catalog agent, and the human team)
  created.supportAgents += (
    await prisma.supportAgent.createMany({ data: D.SUPPORT_AGENTS.map((a) => ({ ...a })), skipDuplicates: true })
  ).count;
  const agentIds = new Map(
    (
      await prisma.supportAgent.findMany({
        where: { email: { in: D.SUPPORT_AGENTS.map((a) => a.email) } },
        select: { id: true, email: true },
      })
    ).flatMap((row) => (row.email === null ? [] : [[row.email, row.id] as const])),
  );
  const agentId = (email: string): number => need(agentIds, email, 'support agent');

  // Panel users: hash only for users that do not exist yet
  const passwords: Record<D.UserSeed['passwordKey'], string> = {
    admin: opts.adminPassword ?? D.DEFAULT_ADMIN_PASSWORD,
    supervisor: opts.supervisorPassword ?? D.DEFAULT_SUPERVISOR_PASSWORD,
  };
  const existingUsers = new Set(
    (await prisma.user.findMany({ where: { email: { in: D.USERS.map((u) => u.email) } }, select: { email: true } })).map(
      (row) => row.email,
    ),
  );
  const newUsers = D.USERS.filter((u) => !existingUsers.has(u.email));
  if (newUsers.length > 0) {
    const rows = [];
    for (const u of newUsers) {
      rows.push({ email: u.email, name: u.name, role: u.role, passwordHash: await hash(passwords[u.passwordKey]) });
    }
    created.users += (await prisma.user.createMany({ data: rows, skipDuplicates: true })).count;
  }
  const userIds = new Map(
    (await prisma.user.findMany({ where: { email: { in: D.USERS.map((u) => u.email) } }, select: { id: true, email: true } })).map(
      (row) => [row.email, row.id],
    ),
  );

  // Knowledge base
  const kbRows = KB_ARTICLES.map((a) => ({
    slug: a.slug,
    title: a.title,
    category: a.category,
    keywords: [...a.keywords],
    symptoms: [...a.symptoms],
    steps: [...a.steps],
    escalateWhen: a.escalateWhen,
    body: kbArticleBody(a),
  }));
  created.kbArticles += (await prisma.kbArticle.createMany({ data: kbRows, skipDuplicates: true })).count;
  if (updateExisting) {
    for (const { slug, ...rest } of kbRows) {
      await prisma.kbArticle.update({ where: { slug }, data: rest });
      updated += 1;
    }
  }
  log(
    `seed: service desk +${created.supportAgents} agents, +${created.users} users, +${created.kbArticles} KB articles, +${created.slaPolicies} SLA policies`,
  );

  // Call history (each call with its transcript, agent hops, analysis and usage, created once)
  const callIds = new Map<string, number>();
  for (const call of D.CALLS) {
    const existing = await prisma.callLog.findUnique({ where: { callSid: call.callSid }, select: { id: true } });
    if (existing) {
      callIds.set(call.callSid, existing.id);
      continue;
    }
    const startedAt = minutesAgo(call.startedMinutesAgo);
    const answeredAt = addSeconds(startedAt, call.ringSeconds);
    const endedAt = addSeconds(answeredAt, call.durationSeconds);
    const organizationId = call.ueCode ? orgId(call.ueCode) : null;
    const linkedContactId = call.ueCode && call.contactPhone ? contactId(call.ueCode, call.contactPhone) : null;
    const inbound = call.direction === 'inbound';
    const aiUsage = aiUsageFor(call, endedAt);
    const made = await createOnce(() =>
      prisma.callLog.create({
        data: {
          callSid: call.callSid,
          direction: call.direction,
          callerPhone: call.remotePhone,
          fromNumber: inbound ? call.remotePhone : D.SUPPORT_LINE_NUMBER,
          toNumber: inbound ? D.SUPPORT_LINE_NUMBER : call.remotePhone,
          organizationId,
          contactId: linkedContactId,
          startedAt,
          answeredAt,
          endedAt,
          durationSeconds: call.durationSeconds,
          status: call.status,
          aiResolution: call.aiResolution,
          wasEscalated: call.wasEscalated,
          transcript: call.transcript.map(([atSecond, role, agent, text]) => ({
            role,
            agent,
            text,
            at: addSeconds(answeredAt, atSecond).toISOString(),
          })),
          callSummary: call.summary,
          sentiment: call.sentiment,
          sentimentScore: call.sentimentScore,
          category: call.category,
          brain: call.brain,
          finalAgent: call.finalAgent,
          createdAt: startedAt,
          interactions: {
            create: call.hops.map((hop) => ({
              agentName: hop.agent,
              startedAt: addSeconds(answeredAt, hop.fromSecond),
              endedAt: addSeconds(answeredAt, hop.toSecond),
              turns: hop.turns,
              toolCalls: hop.tools.map((name, index) => ({
                name,
                ok: true,
                at: addSeconds(answeredAt, hop.fromSecond + 5 + index * 10).toISOString(),
              })),
              handoffTo: hop.handoffTo,
              outcome: hop.outcome,
              createdAt: addSeconds(answeredAt, hop.fromSecond),
            })),
          },
          aiUsageLogs: { create: aiUsage },
          twilioUsageLogs: {
            create: [
              {
                callSid: call.callSid,
                kind: 'voice',
                direction: call.direction,
                durationSeconds: call.durationSeconds,
                price: usd(twilioPrice(call)),
                priceUnit: 'USD',
                status: twilioStatus(call.status),
                createdAt: addSeconds(endedAt, 30),
              },
            ],
          },
          ...(call.analysis
            ? {
                analysis: {
                  create: {
                    intent: call.analysis.intent,
                    category: call.category,
                    sentiment: call.sentiment,
                    sentimentScore: call.sentimentScore,
                    topics: [...call.analysis.topics],
                    resolutionStatus: call.analysis.resolutionStatus,
                    summary: call.summary,
                    keywords: [...call.analysis.keywords],
                    createdAt: addSeconds(endedAt, 5),
                  },
                },
              }
            : {}),
        },
      }),
    );
    if (made) {
      created.callLogs += 1;
      created.agentInteractions += call.hops.length;
      created.aiUsageLogs += aiUsage.length;
      created.twilioUsageLogs += 1;
      if (call.analysis) created.conversationAnalyses += 1;
    }
    const row = await prisma.callLog.findUnique({ where: { callSid: call.callSid }, select: { id: true } });
    if (!row) throw new Error(`seed: call ${call.callSid} missing after create`);
    callIds.set(call.callSid, row.id);
  }

  // Tickets (each with its assignments, messages, escalations and callbacks, created once)
  const ticketIds = new Map<string, number>();
  for (const ticket of D.TICKETS) {
    const existing = await prisma.supportTicket.findUnique({ where: { idempotencyKey: ticket.key }, select: { id: true } });
    if (existing) {
      ticketIds.set(ticket.key, existing.id);
      continue;
    }
    const createdAt = minutesAgo(ticket.createdMinutesAgo);
    const at = (minutes: number | null): Date | null => (minutes === null ? null : addMinutes(createdAt, minutes));
    const organizationId = orgId(ticket.ueCode);
    const ticketContactId = contactId(ticket.ueCode, ticket.contactPhone);
    const resolvedAt = at(ticket.resolvedAfter);
    const closedAt = at(ticket.closedAfter);
    const lastActivity = [createdAt, resolvedAt, closedAt, ...ticket.messages.map((m) => addMinutes(createdAt, m.afterMinutes))]
      .filter((d): d is Date => d !== null)
      .reduce((latest, d) => (d > latest ? d : latest));
    const made = await createOnce(() =>
      prisma.supportTicket.create({
        data: {
          idempotencyKey: ticket.key,
          organizationId,
          contactId: ticketContactId,
          callLogId: ticket.callSid ? need(callIds, ticket.callSid, 'call') : null,
          subject: ticket.subject,
          description: ticket.description,
          category: ticket.category,
          statusId: need(statusIds, ticket.status, 'ticket status'),
          priorityId: need(priorityIds, ticket.priority, 'ticket priority'),
          assignedAgentId: ticket.assigneeEmail ? agentId(ticket.assigneeEmail) : null,
          source: ticket.source,
          escalationLevel: ticket.escalationLevel,
          firstResponseDueAt: addMinutes(createdAt, ticket.firstResponseDueAfter),
          resolutionDueAt: addMinutes(createdAt, ticket.resolutionDueAfter),
          firstRespondedAt: at(ticket.firstRespondedAfter),
          resolvedAt,
          closedAt,
          resolution: ticket.resolution,
          slaPaused: ticket.slaPaused,
          slaBreached: ticket.slaBreached,
          createdAt,
          updatedAt: lastActivity,
          assignments: {
            create: ticket.assignments.map((a) => ({
              agentId: agentId(a.agentEmail),
              assignedById: a.assignedByEmail ? need(userIds, a.assignedByEmail, 'user') : null,
              reason: a.reason,
              createdAt: addMinutes(createdAt, a.afterMinutes),
            })),
          },
          messages: {
            create: ticket.messages.map((m) => ({
              authorType: m.authorType,
              authorAgentId: m.authorAgentEmail ? agentId(m.authorAgentEmail) : null,
              authorName: m.authorName,
              visibility: m.visibility,
              body: m.body,
              createdAt: addMinutes(createdAt, m.afterMinutes),
            })),
          },
          escalations: {
            create: ticket.escalations.map((e) => ({
              level: e.level,
              reason: e.reason,
              trigger: e.trigger,
              fromAgentId: e.fromAgentEmail ? agentId(e.fromAgentEmail) : null,
              toAgentId: e.toAgentEmail ? agentId(e.toAgentEmail) : null,
              notifiedTarget: e.notifiedTarget,
              acknowledgedAt: at(e.acknowledgedAfterMinutes),
              createdAt: addMinutes(createdAt, e.afterMinutes),
            })),
          },
          callbacks: {
            create: ticket.callbacks.map((c) => ({
              callLogId: c.callSid ? need(callIds, c.callSid, 'call') : null,
              organizationId,
              contactId: ticketContactId,
              phone: ticket.contactPhone,
              reason: c.reason,
              scheduledFor: addMinutes(createdAt, c.scheduledAfterMinutes),
              attempts: c.attempts,
              maxAttempts: c.maxAttempts,
              status: c.status,
              lastAttemptAt: at(c.lastAttemptAfterMinutes),
              createdAt: addMinutes(createdAt, c.afterMinutes),
              updatedAt: addMinutes(createdAt, c.lastAttemptAfterMinutes ?? c.afterMinutes),
            })),
          },
        },
      }),
    );
    if (made) {
      created.supportTickets += 1;
      created.ticketAssignments += ticket.assignments.length;
      created.ticketMessages += ticket.messages.length;
      created.ticketEscalations += ticket.escalations.length;
      created.callbacks += ticket.callbacks.length;
    }
    const row = await prisma.supportTicket.findUnique({ where: { idempotencyKey: ticket.key }, select: { id: true } });
    if (!row) throw new Error(`seed: ticket ${ticket.key} missing after create`);
    ticketIds.set(ticket.key, row.id);
  }

  // Link calls to their ticket (only where no link exists yet)
  let linkedCalls = 0;
  for (const call of D.CALLS) {
    if (!call.ticketKey) continue;
    const ticketId = need(ticketIds, call.ticketKey, 'ticket');
    linkedCalls += (await prisma.callLog.updateMany({ where: { callSid: call.callSid, ticketId: null }, data: { ticketId } })).count;
    // AI usage of the call is attributed to the ticket too
    await prisma.aiUsageLog.updateMany({
      where: { callLog: { callSid: call.callSid }, ticketId: null },
      data: { ticketId },
    });
  }
  log(
    `seed: history +${created.callLogs} calls, +${created.supportTickets} tickets, +${created.ticketMessages} ticket messages, ${linkedCalls} call links`,
  );

  // Service-wide daily metrics for the days before the reference date
  const referenceDay = Math.floor(REFERENCE_MS / DAY) * DAY;
  for (let i = 1; i <= D.DAILY_METRIC_DAYS; i++) {
    const date = new Date(referenceDay - i * DAY);
    const weekday = date.getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    const calls = weekend ? 3 + (i % 3) : 16 + ((i * 7) % 9);
    const resolvedByAi = Math.round(calls * (0.48 + (i % 4) * 0.04));
    const escalated = weekend ? i % 2 : 1 + (i % 3);
    const ticketsCreated = Math.max(0, calls - resolvedByAi - (i % 2));
    const avgDurationSeconds = 250 + ((i * 37) % 140);
    const existing = await prisma.dailyMetric.findFirst({ where: { date, organizationId: null }, select: { id: true } });
    if (existing) continue;
    const made = await createOnce(() =>
      prisma.dailyMetric.create({
        data: {
          date,
          organizationId: null,
          calls,
          resolvedByAi,
          escalated,
          ticketsCreated,
          avgDurationSeconds,
          avgSentiment: Math.round((0.05 + ((i * 13) % 10) / 40) * 100) / 100,
          aiCostUsd: usd(calls * 0.0375),
          twilioCostUsd: usd(calls * Math.ceil(avgDurationSeconds / 60) * 0.0085),
          createdAt: new Date(date.getTime() + DAY + 5 * MINUTE),
          updatedAt: new Date(date.getTime() + DAY + 5 * MINUTE),
        },
      }),
    );
    if (made) created.dailyMetrics += 1;
  }

  // Service-wide hourly metrics for the last day
  const referenceHour = Math.floor(REFERENCE_MS / HOUR) * HOUR;
  for (let k = 1; k <= D.HOURLY_METRIC_HOURS; k++) {
    const hour = new Date(referenceHour - k * HOUR);
    const localHour = (hour.getUTCHours() + 24 - 5) % 24; // New York (EST) wall-clock hour
    const weekday = new Date(hour.getTime() - 5 * HOUR).getUTCDay();
    const busy = weekday >= 1 && weekday <= 5 && localHour >= 8 && localHour < 18;
    const calls = busy ? 1 + ((k * 5) % 4) : k % 5 === 0 ? 1 : 0;
    const resolvedByAi = Math.floor(calls / 2);
    const avgDurationSeconds = calls === 0 ? 0 : 240 + ((k * 29) % 180);
    const existing = await prisma.hourlyMetric.findFirst({ where: { hour, organizationId: null }, select: { id: true } });
    if (existing) continue;
    const made = await createOnce(() =>
      prisma.hourlyMetric.create({
        data: {
          hour,
          organizationId: null,
          calls,
          resolvedByAi,
          escalated: calls > 2 ? 1 : 0,
          ticketsCreated: calls - resolvedByAi,
          avgDurationSeconds,
          avgSentiment: calls === 0 ? null : Math.round((((k * 7) % 10) / 20 - 0.1) * 100) / 100,
          aiCostUsd: usd(calls * 0.0375),
          twilioCostUsd: usd(calls * Math.ceil(avgDurationSeconds / 60) * 0.0085),
          createdAt: new Date(hour.getTime() + HOUR + MINUTE),
          updatedAt: new Date(hour.getTime() + HOUR + MINUTE),
        },
      }),
    );
    if (made) created.hourlyMetrics += 1;
  }

  // Per-customer metrics for the previous month
  created.customerMetrics += (
    await prisma.customerMetric.createMany({
      data: D.ORGANIZATIONS.map((o, index) => {
        const calls = 18 + ((index * 11) % 17) + (o.isVip ? 12 : 0);
        return {
          organizationId: orgId(o.ueCode),
          periodStart: dateOnly(D.CUSTOMER_METRIC_PERIOD.start),
          periodEnd: dateOnly(D.CUSTOMER_METRIC_PERIOD.end),
          calls,
          tickets: Math.round(calls * 0.45),
          slaBreaches: index % 3 === 2 ? 1 : 0,
          satisfaction: Math.round((4.1 + ((index * 3) % 8) / 10) * 10) / 10,
        };
      }),
      skipDuplicates: true,
    })
  ).count;

  // One health snapshot per component at the reference instant
  const healthAt = new Date(REFERENCE_MS);
  for (const h of D.HEALTH_COMPONENTS) {
    const existing = await prisma.systemHealthLog.findFirst({
      where: { component: h.component, createdAt: healthAt },
      select: { id: true },
    });
    if (existing) continue;
    await prisma.systemHealthLog.create({
      data: { component: h.component, status: 'healthy', latencyMs: h.latencyMs, details: { source: 'seed' }, createdAt: healthAt },
    });
    created.systemHealthLogs += 1;
  }

  const totalCreated = SEED_TABLES.reduce((sum, table) => sum + created[table], 0);
  log(`seed: done, ${totalCreated} rows created${updateExisting ? `, ${updated} reference rows updated` : ''}`);
  return { created, totalCreated, updated, linkedCalls };
}

// ───────────────────────────── script entry ─────────────────────────────

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error('seed: DATABASE_URL is not set');
    process.exitCode = 1;
    return;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    const summary = await seed(prisma, {
      log: (msg) => console.log(msg),
      adminPassword: process.env.SEED_ADMIN_PASSWORD,
      supervisorPassword: process.env.SEED_SUPERVISOR_PASSWORD,
      updateExisting: process.argv.includes('--update-existing'),
    });
    console.log(JSON.stringify(summary.created));
  } finally {
    await prisma.$disconnect();
  }
}

const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(path.resolve(invokedPath)).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
