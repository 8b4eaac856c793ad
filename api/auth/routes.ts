import { verify } from '@node-rs/argon2';
import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../infra/db';
import { equalsIgnoringCase } from '../../infra/like-pattern';
import { AppError } from '../errors';
import { authenticate, authOf } from './middleware';
import { ZRole, type Role } from './policy';
import { LoginLimiter } from './rate-limit';
import { issueToken, TOKEN_LIFETIME_SECONDS } from './tokens';

export const ZLoginRequest = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

export interface UserIdentity {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** The technician this user is, if any: the panel shows their queue and opens calls transferred to them. */
  supportAgentId: number | null;
}

/** Verified against when the e-mail is unknown, so both failures take the same time. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$WThKrMMs8wqDU4WjKhLNvg$rbhKbZzP5G8xx+iSs59at3/B+zFWd+/hIW7mwr03Uks';

async function checkCredentials(prisma: PrismaClient, email: string, password: string): Promise<UserIdentity> {
  const user = await prisma.user.findFirst({ where: { email: equalsIgnoringCase(email) } });
  const passwordOk = await verify(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
  if (!user || !passwordOk || !user.active) throw new AppError('UNAUTHENTICATED', 'wrong e-mail or password');
  return { id: user.id, email: user.email, name: user.name, role: ZRole.parse(user.role), supportAgentId: user.supportAgentId };
}

function login(prisma: PrismaClient, secret: string, limiter: LoginLimiter): RequestHandler {
  return async (request, response) => {
    const key = request.ip ?? 'unknown';
    limiter.assertAllowed(key);
    const { email, password } = ZLoginRequest.parse(request.body ?? {});
    let user: UserIdentity;
    try {
      user = await checkCredentials(prisma, email, password);
    } catch (error) {
      limiter.recordFailure(key);
      throw error;
    }
    limiter.recordSuccess(key);
    await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    response.json({ token: await issueToken(user, secret), expiresIn: TOKEN_LIFETIME_SECONDS, user });
  };
}

function me(prisma: PrismaClient): RequestHandler {
  return async (_request, response) => {
    const { userId } = authOf(response);
    const user = await prisma.user.findUnique({ where: { id: userId } });
    // A token outlives a deleted or deactivated account; the account decides.
    if (!user || !user.active) throw new AppError('UNAUTHENTICATED', 'account no longer active');
    response.json({ id: user.id, email: user.email, name: user.name, role: user.role, supportAgentId: user.supportAgentId });
  };
}

export function authRouter(prisma: PrismaClient, secret: string, limiter = new LoginLimiter()): Router {
  const router = Router();
  router.post('/auth/login', login(prisma, secret, limiter));
  router.get('/auth/me', authenticate(secret), me(prisma));
  return router;
}
