import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { AppError } from '../errors';
import { ZRole, type Role } from './policy';

export interface AuthContext {
  userId: number;
  email: string;
  name: string;
  role: Role;
  /** Seconds since the epoch. */
  expiresAt: number;
}

const ISSUER = 'urackit';
const AUDIENCE = 'urackit-panel';
export const TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

const ZClaims = z.object({
  sub: z.string().regex(/^\d+$/),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  exp: z.number(),
});

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function issueToken(user: { id: number; email: string; name: string; role: Role }, secret: string): Promise<string> {
  return new SignJWT({ email: user.email, name: user.name, role: user.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(user.id))
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`)
    .sign(key(secret));
}

/** Any failure (bad signature, expired, wrong shape) is the same 401 to the caller. */
export async function verifyToken(token: string, secret: string): Promise<AuthContext> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
    const claims = ZClaims.parse(payload);
    return { userId: Number(claims.sub), email: claims.email, name: claims.name, role: claims.role, expiresAt: claims.exp };
  } catch {
    throw new AppError('UNAUTHENTICATED', 'invalid or expired token');
  }
}
