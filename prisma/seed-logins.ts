/**
 * Which panel logins the seed creates. Pure (no Prisma client), so the launcher can print them
 * before the client is generated.
 */
import type { Config } from '../domain/config';
import * as D from './seed-data';

export interface LoginSeed {
  email: string;
  name: string;
  role: D.UserRoleSeed;
  password: string;
}

/** The demo logins (admin@urackit.local / admin123, supervisor@urackit.local / supervisor123). */
export function demoLogins(passwords: { admin?: string; supervisor?: string } = {}, adminEmail?: string): LoginSeed[] {
  const password = {
    admin: passwords.admin ?? D.DEFAULT_ADMIN_PASSWORD,
    supervisor: passwords.supervisor ?? D.DEFAULT_SUPERVISOR_PASSWORD,
  };
  return D.USERS.map((user) => ({
    email: user.passwordKey === 'admin' && adminEmail ? adminEmail.toLowerCase() : user.email,
    name: user.name,
    role: user.role,
    password: password[user.passwordKey],
  }));
}

/**
 * Outside production: the demo logins, the admin's e-mail and password overridable with
 * ADMIN_EMAIL/ADMIN_PASSWORD. In production no demo login, ever: only the first admin from
 * ADMIN_EMAIL/ADMIN_PASSWORD when both are set (parseConfig has checked the password), otherwise
 * none, and `npm run create-admin` makes one.
 */
export function panelLogins(config: Pick<Config, 'NODE_ENV' | 'ADMIN_EMAIL' | 'ADMIN_PASSWORD' | 'SUPERVISOR_PASSWORD'>): LoginSeed[] {
  if (config.NODE_ENV !== 'production') {
    return demoLogins({ admin: config.ADMIN_PASSWORD, supervisor: config.SUPERVISOR_PASSWORD }, config.ADMIN_EMAIL);
  }
  if (config.ADMIN_EMAIL === undefined || config.ADMIN_PASSWORD === undefined) return [];
  return [{ email: config.ADMIN_EMAIL.toLowerCase(), name: 'Administrator', role: 'admin', password: config.ADMIN_PASSWORD }];
}
