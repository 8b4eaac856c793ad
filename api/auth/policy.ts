import { z } from 'zod';

export const ZRole = z.enum(['admin', 'supervisor', 'agent']);
export type Role = z.infer<typeof ZRole>;

export type Access = 'read' | 'write';

/**
 * The one table of who may do what; the panel mirrors it in its `canAccess`.
 * admin: everything; supervisor: everything but users; agent: reads, plus tickets and their actions.
 */
export function canAccess(role: Role, resource: string, access: Access): boolean {
  if (role === 'admin') return true;
  if (resource === 'users') return false;
  if (role === 'supervisor') return true;
  return access === 'read' || resource === 'tickets';
}
