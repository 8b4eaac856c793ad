import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type TicketCommand, type TicketCommandResult, type TicketState, applyTicketCommand, createTicketState } from './lifecycle';

import { ZTicketCommand } from './command-schema';
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Apply a command that must succeed; the input is frozen so any mutation throws. */
function run(state: TicketState, command: TicketCommand): Extract<TicketCommandResult, { ok: true }> {
  const result = applyTicketCommand(deepFreeze(state), command);
  if (!result.ok) assert.fail(`expected ${command.type} to succeed: ${result.error.message}`);
  return result;
}

function refused(state: TicketState, command: TicketCommand, code: string, fragment: RegExp): void {
  const snapshot = structuredClone(state);
  const result = applyTicketCommand(deepFreeze(state), command);
  assert.equal(result.ok, false, `${command.type} should be refused in ${state.status}`);
  if (!result.ok) {
    assert.equal(result.error.code, code);
    assert.match(result.error.message, fragment);
  }
  assert.deepEqual(state, snapshot);
}

const open = (): TicketState => createTicketState({ priority: 'medium' });
const assigned = (): TicketState => createTicketState({ priority: 'medium', assigneeId: 'tech-1' });
const inProgress = (): TicketState => run(assigned(), { type: 'setInProgress' }).state;
const waiting = (): TicketState => run(inProgress(), { type: 'setWaiting' }).state;
const resolved = (): TicketState => run(inProgress(), { type: 'resolve', resolution: 'Reset the router' }).state;
const closed = (): TicketState => run(resolved(), { type: 'close' }).state;

test('a new ticket is open, or assigned when created with an assignee', () => {
  assert.equal(open().status, 'open');
  assert.equal(assigned().status, 'assigned');
  assert.equal(createTicketState({ priority: 'low', assigneeId: '  ' }).status, 'open');
  assert.deepEqual(assigned(), {
    status: 'assigned',
    priority: 'medium',
    assigneeId: 'tech-1',
    firstResponded: false,
    escalationLevel: 0,
    resolution: null,
    reopenCount: 0,
  });
});

test('assign: open → assigned; reassigning keeps the status; the same agent is a no-op', () => {
  const first = run(open(), { type: 'assign', agentId: 'tech-9' });
  assert.equal(first.state.status, 'assigned');
  assert.deepEqual(first.effects, [
    { type: 'statusChanged', from: 'open', to: 'assigned' },
    { type: 'assigned', agentId: 'tech-9', previousAgentId: null },
  ]);
  const again = run(inProgress(), { type: 'assign', agentId: 'tech-2' });
  assert.equal(again.state.status, 'in_progress');
  assert.deepEqual(again.effects, [{ type: 'assigned', agentId: 'tech-2', previousAgentId: 'tech-1' }]);
  assert.deepEqual(run(assigned(), { type: 'assign', agentId: 'tech-1' }).effects, []);
  refused(open(), { type: 'assign', agentId: ' ' }, 'invalid_argument', /agentId/);
});

test('nothing but reopen is accepted on a closed ticket', () => {
  refused(closed(), { type: 'assign', agentId: 'tech-2' }, 'invalid_transition', /cannot assign: the ticket is closed/);
  refused(closed(), { type: 'addMessage', visibility: 'public', authorKind: 'agent' }, 'invalid_transition', /closed/);
  refused(closed(), { type: 'resolve', resolution: 'again' }, 'invalid_transition', /cannot resolve: the ticket is closed/);
  refused(closed(), { type: 'changePriority', priority: 'high' }, 'invalid_transition', /closed/);
  refused(closed(), { type: 'escalate', reason: 'angry' }, 'invalid_transition', /closed/);
  refused(closed(), { type: 'close' }, 'invalid_transition', /allowed when resolved/);
  assert.equal(run(closed(), { type: 'reopen' }).state.status, 'in_progress');
});

test('the first public message by a human agent is the first response, once', () => {
  const first = run(assigned(), { type: 'addMessage', visibility: 'public', authorKind: 'agent' });
  assert.equal(first.state.firstResponded, true);
  assert.deepEqual(first.effects, [{ type: 'sla', signal: 'firstResponse' }]);
  assert.deepEqual(run(first.state, { type: 'addMessage', visibility: 'public', authorKind: 'agent' }).effects, []);
});

test('internal notes, AI and system messages and customer messages are not a first response', () => {
  for (const [visibility, authorKind] of [
    ['internal', 'agent'],
    ['public', 'ai'],
    ['public', 'system'],
    ['public', 'customer'],
  ] as const) {
    const result = run(assigned(), { type: 'addMessage', visibility, authorKind });
    assert.equal(result.state.firstResponded, false, `${visibility}/${authorKind}`);
    assert.deepEqual(result.effects, []);
  }
});

test("a customer's public reply while waiting puts the ticket back in progress and resumes the SLA", () => {
  const reply = run(waiting(), { type: 'addMessage', visibility: 'public', authorKind: 'customer' });
  assert.equal(reply.state.status, 'in_progress');
  assert.deepEqual(reply.effects, [
    { type: 'statusChanged', from: 'waiting_on_customer', to: 'in_progress' },
    { type: 'sla', signal: 'resume' },
  ]);
  assert.equal(run(waiting(), { type: 'addMessage', visibility: 'internal', authorKind: 'customer' }).state.status, 'waiting_on_customer');
});

test('messages may still be added to a resolved ticket without reopening it', () => {
  assert.equal(run(resolved(), { type: 'addMessage', visibility: 'public', authorKind: 'customer' }).state.status, 'resolved');
});

test('in progress ⇄ waiting on customer pauses and resumes the SLA clock', () => {
  const wait = run(inProgress(), { type: 'setWaiting' });
  assert.deepEqual(wait.effects, [
    { type: 'statusChanged', from: 'in_progress', to: 'waiting_on_customer' },
    { type: 'sla', signal: 'pause' },
  ]);
  const back = run(wait.state, { type: 'setInProgress' });
  assert.deepEqual(back.effects, [
    { type: 'statusChanged', from: 'waiting_on_customer', to: 'in_progress' },
    { type: 'sla', signal: 'resume' },
  ]);
  assert.deepEqual(run(assigned(), { type: 'setInProgress' }).effects, [{ type: 'statusChanged', from: 'assigned', to: 'in_progress' }]);
  refused(open(), { type: 'setInProgress' }, 'invalid_transition', /cannot setInProgress: the ticket is open/);
  refused(open(), { type: 'setWaiting' }, 'invalid_transition', /open/);
  refused(waiting(), { type: 'setWaiting' }, 'invalid_transition', /waiting_on_customer/);
  refused(inProgress(), { type: 'setInProgress' }, 'invalid_transition', /in_progress/);
});

test('changePriority reports the change; the same priority changes nothing', () => {
  const raised = run(inProgress(), { type: 'changePriority', priority: 'critical' });
  assert.equal(raised.state.priority, 'critical');
  assert.deepEqual(raised.effects, [{ type: 'priorityChanged', from: 'medium', to: 'critical' }]);
  assert.deepEqual(run(inProgress(), { type: 'changePriority', priority: 'medium' }).effects, []);
});

test('escalate raises the manual escalation level and needs a reason', () => {
  const once = run(open(), { type: 'escalate', reason: ' VIP caller ' });
  const twice = run(once.state, { type: 'escalate', reason: 'still down' });
  assert.deepEqual(once.effects, [{ type: 'escalated', level: 1, reason: 'VIP caller', trigger: 'manual', notify: 'supervisor' }]);
  assert.equal(twice.state.escalationLevel, 2);
  refused(open(), { type: 'escalate', reason: '' }, 'invalid_argument', /reason/);
  refused(resolved(), { type: 'escalate', reason: 'late' }, 'invalid_transition', /resolved/);
});

test('resolve records the resolution, stops the SLA and schedules auto-close', () => {
  const result = run(waiting(), { type: 'resolve', resolution: '  Replaced toner ' });
  assert.equal(result.state.resolution, 'Replaced toner');
  assert.deepEqual(result.effects, [
    { type: 'statusChanged', from: 'waiting_on_customer', to: 'resolved' },
    { type: 'sla', signal: 'resolve' },
    { type: 'autoClose', action: 'schedule' },
  ]);
  assert.equal(run(open(), { type: 'resolve', resolution: 'Solved on the call' }).state.status, 'resolved');
  refused(inProgress(), { type: 'resolve', resolution: '   ' }, 'invalid_argument', /resolution/);
  refused(resolved(), { type: 'resolve', resolution: 'again' }, 'invalid_transition', /resolved/);
});

test('reopen from resolved or closed returns to work and restarts the resolution clock', () => {
  const fromResolved = run(resolved(), { type: 'reopen' });
  assert.equal(fromResolved.state.status, 'in_progress');
  assert.equal(fromResolved.state.resolution, null);
  assert.equal(fromResolved.state.reopenCount, 1);
  assert.deepEqual(fromResolved.effects, [
    { type: 'statusChanged', from: 'resolved', to: 'in_progress' },
    { type: 'sla', signal: 'reopen' },
    { type: 'autoClose', action: 'cancel' },
  ]);
  assert.deepEqual(run(closed(), { type: 'reopen' }).effects, [
    { type: 'statusChanged', from: 'closed', to: 'in_progress' },
    { type: 'sla', signal: 'reopen' },
  ]);
  const unassigned = run(open(), { type: 'resolve', resolution: 'AI fixed it' }).state;
  assert.equal(run(unassigned, { type: 'reopen' }).state.status, 'open');
  refused(inProgress(), { type: 'reopen' }, 'invalid_transition', /allowed when resolved, closed/);
});

test('close only from resolved', () => {
  const result = run(resolved(), { type: 'close' });
  assert.equal(result.state.status, 'closed');
  assert.deepEqual(result.effects, [
    { type: 'statusChanged', from: 'resolved', to: 'closed' },
    { type: 'autoClose', action: 'cancel' },
  ]);
  refused(inProgress(), { type: 'close' }, 'invalid_transition', /in_progress/);
});

test('ZTicketCommand validates commands arriving from the API', () => {
  assert.deepEqual(ZTicketCommand.parse({ type: 'assign', agentId: ' tech-3 ' }), { type: 'assign', agentId: 'tech-3' });
  assert.equal(ZTicketCommand.safeParse({ type: 'assign', agentId: '' }).success, false);
  assert.equal(ZTicketCommand.safeParse({ type: 'addMessage', visibility: 'secret', authorKind: 'agent' }).success, false);
  assert.equal(ZTicketCommand.safeParse({ type: 'changePriority', priority: 'urgent' }).success, false);
  assert.equal(ZTicketCommand.safeParse({ type: 'delete' }).success, false);
  assert.equal(ZTicketCommand.safeParse({ type: 'close' }).success, true);
});
