import type { SlaClockEvent } from '../sla/clock';
import type { SlaPolicy } from '../sla/policy';
import type { TicketEffect } from './lifecycle';
import type { TicketPriority } from './codes';

/**
 * Turns the effects of a ticket command into SLA clock events stamped with the workflow's `now`.
 * `policyFor` resolves a priority to the organisation's policy (usually
 * `p => resolvePolicy(DEFAULT_SLA_POLICIES, orgPolicies, p)`), so this stays free of lookups.
 */
export function clockEventsFor(
  effects: readonly TicketEffect[],
  at: number,
  policyFor: (priority: TicketPriority) => SlaPolicy,
): SlaClockEvent[] {
  const events: SlaClockEvent[] = [];
  for (const effect of effects) {
    if (effect.type === 'sla') events.push({ type: effect.signal, at });
    if (effect.type === 'priorityChanged') events.push({ type: 'changePolicy', at, policy: policyFor(effect.to) });
  }
  return events;
}
