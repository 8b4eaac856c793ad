import type { Role } from './permissions';

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** The support agent (technician) this panel user is, when linked: their queue, the transfers that ring them. */
  supportAgentId?: number | null;
}

export interface Session {
  token: string;
  user: SessionUser;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

const KEY = 'urackit.session';

export function readSession(): Session | undefined {
  try {
    const session = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Session | null;
    if (!session || session.expiresAt <= Date.now()) return undefined;
    return session;
  } catch {
    return undefined;
  }
}

export function saveSession(session: Session): void {
  localStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
}
