import { hash } from '@node-rs/argon2';
import type { Express } from 'express';
import { parseConfig, type Config } from '../../domain/config';
import { createLogger } from '../../infra/logger';
import { seed } from '../../prisma/seed';
import { createTestDatabase, type TestDatabase } from './database';
import { createApp, type ApiDeps } from '../../api/app';
import type { Role } from '../../api/auth/policy';
import { LoginLimiter } from '../../api/auth/rate-limit';
import { issueToken } from '../../api/auth/tokens';
import { RecordingTicketCommands } from './recording-ticket-commands';

export const AGENT_EMAIL = 'agent@urackit.local';
export const AGENT_PASSWORD = 'agent-password';

export interface ApiHarness {
  app: Express;
  db: TestDatabase;
  config: Config;
  commands: RecordingTicketCommands;
  tokens: Record<Role, string>;
  bearer(role: Role): { Authorization: string };
  /** Another app over the same database, e.g. with a different login limiter or no ports. */
  makeApp(overrides?: Partial<ApiDeps>): Express;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Pass false to build the app without the ticket/callback ports (503 paths). */
  withCommands?: boolean;
  loginLimiter?: LoginLimiter;
  extraDeps?: Partial<ApiDeps>;
}

export function testConfig(): Config {
  return parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JWT_SECRET: 'test-secret-0123456789abcdef' });
}

async function tokensFor(db: TestDatabase, config: Config): Promise<Record<Role, string>> {
  const users = await db.prisma.user.findMany({
    where: { email: { in: ['admin@urackit.local', 'supervisor@urackit.local', AGENT_EMAIL] } },
  });
  const byRole = (role: Role) => {
    const user = users.find((candidate) => candidate.role === role);
    if (!user) throw new Error(`the seed has no ${role} user`);
    return issueToken({ id: user.id, email: user.email, name: user.name, role }, config.JWT_SECRET);
  };
  return { admin: await byRole('admin'), supervisor: await byRole('supervisor'), agent: await byRole('agent') };
}

/** A migrated, seeded database of its own, the real app over it, and a token per role. */
export async function startApiHarness(options: HarnessOptions = {}): Promise<ApiHarness> {
  const db = await createTestDatabase();
  await seed(db.prisma);
  await db.prisma.user.create({
    data: { email: AGENT_EMAIL, name: 'Alex Agent', role: 'agent', passwordHash: await hash(AGENT_PASSWORD) },
  });
  const config = testConfig();
  const commands = new RecordingTicketCommands(db.prisma);
  const withCommands = options.withCommands ?? true;
  const deps: ApiDeps = {
    config,
    prisma: db.prisma,
    logger: createLogger('api-test', config),
    ticketCommands: withCommands ? commands : undefined,
    callbackCommands: withCommands ? commands : undefined,
    loginLimiter: options.loginLimiter ?? new LoginLimiter(),
    adminDist: '/nonexistent',
    ...options.extraDeps,
  };
  const app = createApp(deps);
  const tokens = await tokensFor(db, config);
  return {
    app,
    db,
    config,
    commands,
    tokens,
    bearer: (role) => ({ Authorization: `Bearer ${tokens[role]}` }),
    makeApp: (overrides = {}) => createApp({ ...deps, ...overrides }),
    close: () => db.drop(),
  };
}
