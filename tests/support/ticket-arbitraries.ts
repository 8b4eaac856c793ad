import fc from 'fast-check';
import { type TicketCommand, type TicketState, createTicketState } from '../../domain/tickets/lifecycle';
import { TICKET_PRIORITIES } from '../../domain/tickets/codes';

/** fast-check generators for ticket tests (test support only). */

/** Commands with some invalid arguments mixed in (blank ids and texts). */
export const commandArb: fc.Arbitrary<TicketCommand> = fc.oneof(
  fc.record({ type: fc.constant('assign' as const), agentId: fc.constantFrom('tech-1', 'tech-2', ' ') }),
  fc.record({
    type: fc.constant('addMessage' as const),
    visibility: fc.constantFrom('public' as const, 'internal' as const),
    authorKind: fc.constantFrom('agent' as const, 'customer' as const, 'ai' as const, 'system' as const),
  }),
  fc.record({ type: fc.constant('changePriority' as const), priority: fc.constantFrom(...TICKET_PRIORITIES) }),
  fc.record({ type: fc.constant('escalate' as const), reason: fc.constantFrom('no answer', '') }),
  fc.constant({ type: 'setWaiting' as const }),
  fc.constant({ type: 'setInProgress' as const }),
  fc.record({ type: fc.constant('resolve' as const), resolution: fc.constantFrom('fixed', ' ') }),
  fc.constant({ type: 'reopen' as const }),
  fc.constant({ type: 'close' as const }),
);

export const initialTicketArb: fc.Arbitrary<TicketState> = fc
  .record({ priority: fc.constantFrom(...TICKET_PRIORITIES), assigneeId: fc.constantFrom(null, 'tech-1') })
  .map((init) => createTicketState(init));
