import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { type SlaClockState, applyClockEvent, clockStatus, createSlaClock, deadlines, fireDue, startClock } from '../sla/clock';
import { DEFAULT_SLA_POLICIES, type SlaPolicy, resolvePolicy } from '../sla/policy';
import { type TicketCommand, type TicketState, applyTicketCommand, createTicketState } from './lifecycle';
import { commandArb, initialTicketArb } from '../../tests/support/ticket-arbitraries';
import { clockEventsFor } from './sla-bridge';
import type { TicketPriority } from './codes';

const policyFor = (p: TicketPriority): SlaPolicy => resolvePolicy(DEFAULT_SLA_POLICIES, [], p);
const MIN = 60_000;

/** What a TicketWorkflow does with one command: apply it, then feed the clock its effects. */
function step(ticket: TicketState, clock: SlaClockState, command: TicketCommand, now: number) {
  const result = applyTicketCommand(ticket, command);
  if (!result.ok) return { ticket, clock, error: result.error.code };
  const events = clockEventsFor(result.effects, now, policyFor);
  return { ticket: result.state, clock: events.reduce(applyClockEvent, clock), error: null };
}

test('effects map onto clock events stamped with the given time', () => {
  const events = clockEventsFor(
    [
      { type: 'statusChanged', from: 'in_progress', to: 'waiting_on_customer' },
      { type: 'sla', signal: 'pause' },
      { type: 'priorityChanged', from: 'low', to: 'critical' },
      { type: 'autoClose', action: 'schedule' },
    ],
    42,
    policyFor,
  );
  assert.deepEqual(events, [
    { type: 'pause', at: 42 },
    { type: 'changePolicy', at: 42, policy: policyFor('critical') },
  ]);
});

test('a ticket story: Friday afternoon call, weekend wait, reply, priority bump, resolve, reopen', () => {
  const friday1600 = Date.UTC(2024, 0, 5, 21);
  let ticket = createTicketState({ priority: 'high', assigneeId: 'tech-1' });
  let clock = startClock(createSlaClock(policyFor('high')), friday1600);
  const at = (min: number): number => friday1600 + min * MIN;
  ({ ticket, clock } = step(ticket, clock, { type: 'setInProgress' }, at(5)));
  ({ ticket, clock } = step(ticket, clock, { type: 'addMessage', visibility: 'public', authorKind: 'agent' }, at(20)));
  assert.equal(clock.targets.firstResponse.metAt, at(20), 'answered inside 30 min');
  ({ ticket, clock } = step(ticket, clock, { type: 'setWaiting' }, at(30)));
  assert.equal(clockStatus(clock), 'paused');
  const mondayTen = Date.UTC(2024, 0, 8, 15);
  ({ ticket, clock } = step(ticket, clock, { type: 'addMessage', visibility: 'public', authorKind: 'customer' }, mondayTen));
  assert.equal(ticket.status, 'in_progress');
  assert.equal(deadlines(clock).resolution, Date.UTC(2024, 0, 9, 14, 30), '7.5 h left → Tuesday 09:30');
  ({ ticket, clock } = step(ticket, clock, { type: 'changePriority', priority: 'critical' }, mondayTen));
  assert.equal(deadlines(clock).resolution, mondayTen + 210 * MIN, 'critical: 4 h less the 30 min used');
  ({ ticket, clock } = step(ticket, clock, { type: 'resolve', resolution: 'Rebooted switch' }, mondayTen + 60 * MIN));
  assert.equal(clockStatus(clock), 'stopped');
  ({ ticket, clock } = step(ticket, clock, { type: 'reopen' }, mondayTen + 120 * MIN));
  assert.equal(deadlines(clock).resolution, mondayTen + 270 * MIN, '90 min used before, 150 min left');
});

test('random command histories keep ticket status and SLA clock in step', () => {
  const start = Date.UTC(2024, 2, 8, 20);
  fc.assert(
    fc.property(
      initialTicketArb,
      fc.array(fc.tuple(commandArb, fc.integer({ min: 0, max: 600 * MIN })), { maxLength: 30 }),
      (initial, steps) => {
        let ticket = initial;
        let clock = startClock(createSlaClock(policyFor(initial.priority)), start);
        let now = start;
        for (const [command, advance] of steps) {
          now += advance;
          clock = fireDue(clock, now).state;
          ({ ticket, clock } = step(ticket, clock, command, now));
          const expected = { waiting_on_customer: 'paused', resolved: 'stopped', closed: 'stopped' }[ticket.status as string] ?? 'running';
          assert.equal(clockStatus(clock), expected, `ticket ${ticket.status}`);
          assert.equal(clock.policy.priority, ticket.priority);
          if (ticket.firstResponded) assert.notEqual(clock.targets.firstResponse.metAt, null);
        }
      },
    ),
    { numRuns: 200 },
  );
});
