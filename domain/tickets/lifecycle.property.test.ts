import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  COMMAND_ALLOWED_FROM,
  STATUS_TRANSITIONS,
  type TicketCommand,
  type TicketEffect,
  type TicketState,
  applyTicketCommand,
} from './lifecycle';
import { commandArb, initialTicketArb } from '../../tests/support/ticket-arbitraries';

function checkStep(before: TicketState, command: TicketCommand, after: TicketState, effects: TicketEffect[]): void {
  const changes = effects.filter((e) => e.type === 'statusChanged');
  if (after.status === before.status) assert.equal(changes.length, 0);
  else {
    assert.ok(STATUS_TRANSITIONS[before.status].includes(after.status), `${before.status} → ${after.status} is not in the graph`);
    assert.deepEqual(changes, [{ type: 'statusChanged', from: before.status, to: after.status }]);
    assert.equal(effects[0]?.type, 'statusChanged', 'the status change is reported first');
  }
  const signals = effects.flatMap((e) => (e.type === 'sla' ? [e.signal] : []));
  assert.equal(signals.includes('pause'), after.status === 'waiting_on_customer' && before.status !== after.status);
  assert.equal(signals.includes('resume'), before.status === 'waiting_on_customer' && after.status === 'in_progress');
  assert.equal(signals.includes('resolve'), command.type === 'resolve');
  if (['assigned', 'in_progress', 'waiting_on_customer'].includes(after.status)) assert.notEqual(after.assigneeId, null);
  assert.equal(after.resolution !== null, after.status === 'resolved' || after.status === 'closed');
}

test('random command sequences respect the transition table and never corrupt state', () => {
  fc.assert(
    fc.property(initialTicketArb, fc.array(commandArb, { maxLength: 40 }), (initial, commands) => {
      let state = initial;
      let firstResponses = 0;
      for (const command of commands) {
        const frozen = Object.freeze({ ...state });
        const result = applyTicketCommand(frozen, command);
        const allowed = COMMAND_ALLOWED_FROM[command.type].includes(state.status);
        if (!result.ok) {
          assert.equal(result.error.code === 'invalid_transition', !allowed);
          assert.ok(result.error.message.length > 0);
          continue;
        }
        assert.ok(allowed, `${command.type} succeeded from ${state.status}`);
        checkStep(state, command, result.state, result.effects);
        firstResponses += result.effects.filter((e) => e.type === 'sla' && e.signal === 'firstResponse').length;
        state = result.state;
      }
      assert.ok(firstResponses <= 1, 'first response is signalled at most once');
    }),
    { numRuns: 500 },
  );
});
