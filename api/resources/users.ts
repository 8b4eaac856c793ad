import { hash } from '@node-rs/argon2';
import { z } from 'zod';
import type { Db, PrismaClient } from '../../infra/db';
import { ZRole } from '../auth/policy';
import { AppError } from '../errors';
import { booleanFilter, enumFilter, idFilter, searchFilter } from '../http/filters';
import { ZId } from '../http/ids';
import { optional, text, ZEmail } from '../http/schemas';
import { writer, type Delegate, type ResourceDef, type WriteContext } from './crud';

type UserRow = Db.User;

const ZPassword = z.string().min(8, 'at least 8 characters').max(200);

export const ZCreateUserRequest = z.object({
  email: ZEmail,
  name: text(200),
  role: ZRole.default('agent'),
  password: ZPassword,
  active: z.boolean().default(true),
  /** The technician this user is (their tickets are "mine"). */
  supportAgentId: optional(ZId),
});
export const ZUpdateUserRequest = z
  .object({ email: ZEmail, name: text(200), role: ZRole, password: ZPassword, active: z.boolean(), supportAgentId: optional(ZId) })
  .partial();

/** Never returned: the password hash. */
export function toUserDto({ passwordHash: _hidden, ...user }: UserRow) {
  return user;
}

async function withHash<T extends { password?: string }>(input: T): Promise<Omit<T, 'password'> & { passwordHash?: string }> {
  const { password, ...rest } = input;
  return password === undefined ? rest : { ...rest, passwordHash: await hash(password) };
}

/** Admins cannot lock themselves out by demoting or deactivating their own account. */
function guardSelf(input: { role?: string; active?: boolean }, context: WriteContext): void {
  if (context.id !== context.auth.userId) return;
  if ((input.role !== undefined && input.role !== 'admin') || input.active === false) {
    throw new AppError('CONFLICT', 'you cannot demote or deactivate your own account');
  }
}

export const users: ResourceDef<UserRow> = {
  name: 'users',
  label: 'user',
  delegate: (prisma: PrismaClient) => prisma.user as unknown as Delegate,
  toDto: toUserDto,
  list: {
    sortable: {
      id: 'id',
      email: 'email',
      name: 'name',
      role: 'role',
      active: 'active',
      lastLoginAt: 'lastLoginAt',
      createdAt: 'createdAt',
    },
    defaultSort: ['email', 'ASC'],
    filters: {
      q: searchFilter(['email', 'name']),
      id: idFilter('id'),
      role: enumFilter('role', ['admin', 'supervisor', 'agent']),
      active: booleanFilter('active'),
      supportAgentId: idFilter('supportAgentId'),
    },
  },
  create: writer(ZCreateUserRequest, withHash),
  update: writer(ZUpdateUserRequest, async (input, context) => {
    guardSelf(input, context);
    return withHash(input);
  }),
  deletable: true,
  beforeDelete: (id, context) => {
    if (id === context.auth.userId) throw new AppError('CONFLICT', 'you cannot delete your own account');
  },
};
