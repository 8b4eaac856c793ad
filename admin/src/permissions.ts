export type Role = 'admin' | 'supervisor' | 'agent';

const READ_ACTIONS = new Set(['list', 'show', 'export']);

/**
 * Mirrors the API's policy (api/auth/policy.ts), so the panel hides what the API would refuse:
 * admin everything; supervisor everything but users; agent reads, plus ticket creation and actions.
 * Steering a live call (whisper, take over, end) is the action `steer` on `calls`: a write, so not for agents.
 */
export function canAccess(role: Role | undefined, resource: string, action: string): boolean {
  if (!role) return false;
  if (role === 'admin') return true;
  if (resource === 'users') return false;
  if (role === 'supervisor') return true;
  if (READ_ACTIONS.has(action)) return true;
  return resource === 'tickets' && action !== 'delete' && action !== 'edit';
}
