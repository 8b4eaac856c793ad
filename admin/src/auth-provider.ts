import type { AuthProvider } from 'react-admin';
import { apiUrl } from './config';
import { canAccess, type Role } from './permissions';
import { clearSession, readSession, saveSession, type SessionUser } from './session';

interface LoginResponse {
  token: string;
  expiresIn: number;
  user: SessionUser;
}

async function requestToken(email: string, password: string): Promise<LoginResponse> {
  const response = await fetch(`${apiUrl}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json().catch(() => ({}))) as Partial<LoginResponse> & { message?: string };
  if (!response.ok || !body.token || !body.user) throw new Error(body.message ?? 'Login failed');
  return body as LoginResponse;
}

export const authProvider: AuthProvider = {
  async login({ username, email, password }: { username?: string; email?: string; password: string }) {
    const { token, expiresIn, user } = await requestToken(email ?? username ?? '', password);
    saveSession({ token, user, expiresAt: Date.now() + expiresIn * 1000 });
  },
  async logout() {
    clearSession();
  },
  async checkAuth() {
    if (!readSession()) throw new Error('Please sign in');
  },
  async checkError(error: { status?: number }) {
    // 403 means "signed in but not allowed": stay signed in and let the page show the error.
    if (error?.status === 401) {
      clearSession();
      throw new Error('Your session has expired');
    }
  },
  async getIdentity() {
    const session = readSession();
    if (!session) throw new Error('Please sign in');
    const { id, name, email, role, supportAgentId } = session.user;
    return { id, fullName: name, email, role, supportAgentId: supportAgentId ?? null };
  },
  async getPermissions(): Promise<Role | undefined> {
    return readSession()?.user.role;
  },
  async canAccess({ resource, action }) {
    return canAccess(readSession()?.user.role, resource, action);
  },
};
