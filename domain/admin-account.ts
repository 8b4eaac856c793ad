import { z } from 'zod';

/**
 * The rules for an administrator's login, shared by `npm run create-admin` and by the first admin
 * the seed creates from ADMIN_EMAIL/ADMIN_PASSWORD in production, so both refuse the same things.
 */
export const MIN_ADMIN_PASSWORD_LENGTH = 12;

export const ZAdminPassword = z
  .string()
  .min(MIN_ADMIN_PASSWORD_LENGTH, `must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters`)
  .max(200, 'must be at most 200 characters');

export const ZAdminAccount = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('must be an e-mail address')),
  password: ZAdminPassword,
  name: z.string().trim().min(1).max(200).default('Administrator'),
});

export type AdminAccount = z.infer<typeof ZAdminAccount>;
