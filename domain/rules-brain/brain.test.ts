import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ToolCall } from '../agents/tools';
import {
  createFakeTools,
  FAKE_CONTACT,
  FAKE_ORGANIZATION,
  FAKE_SUPPORT_LINE,
  keys,
  playCall,
  silence,
  speech,
  type FakeToolOptions,
} from '../../tests/support/fake-call-tools';
import { rulesStep } from './brain';
import { analyzeUtterance } from '../language/intents';
import type { BrainAction, CallerInput } from './types';
import { DEFAULT_UE_CODE_PATTERN } from '../language/ue-code';

const UNKNOWN_PHONE = '+15559990000';

function call(inputs: readonly CallerInput[], options: FakeToolOptions & { phone?: string | null; dialled?: string } = {}) {
  const tools = createFakeTools(options);
  const callerPhone = options.phone === undefined ? FAKE_CONTACT.phone : options.phone;
  const start = { pattern: DEFAULT_UE_CODE_PATTERN, callerPhone, ...(options.dialled ? { dialled: options.dialled } : {}) };
  return { ...playCall(start, inputs, tools), tools };
}

const toolCalls = (actions: readonly BrainAction[]): ToolCall[] =>
  actions.flatMap((action) => (action.type === 'tool' ? [action.call] : []));
const handoffs = (actions: readonly BrainAction[]) => actions.flatMap((action) => (action.type === 'handoff' ? [action.to] : []));
const said = (heard: readonly string[], pattern: RegExp) => heard.some((line) => pattern.test(line));

function createdTicket(actions: readonly BrainAction[]) {
  const created = toolCalls(actions).find((tool) => tool.name === 'create_ticket');
  assert.ok(created && created.name === 'create_ticket', 'expected a create_ticket call');
  return created.args;
}

test('a caller known by phone is greeted by name, not asked for a code, and routed', () => {
  const played = call([speech('my printer is jammed')]);
  assert.ok(said(played.heard, /Hi Dana, I see you're with Acme Dental/));
  assert.ok(!said(played.heard, /U E code/));
  assert.deepEqual(handoffs(played.actions), ['printer']);
  const search = toolCalls(played.actions).find((tool) => tool.name === 'search_kb');
  assert.deepEqual(search?.args, { query: 'my printer is jammed', category: 'printer' });
  assert.equal(played.last.state.phase, 'troubleshooting');
});

test('steps are read one at a time with "did that fix it?", and yes resolves the call', () => {
  const played = call([speech('my printer is jammed'), speech('no'), speech('yes that fixed it'), speech('no thanks, bye')]);
  const steps = played.heard.filter((line) => /Did that fix it\?$/.test(line));
  assert.deepEqual(steps, [
    'First: Switch the printer off. Did that fix it?',
    'Next: Open the front door and the paper tray. Did that fix it?',
  ]);
  assert.ok(said(played.heard, /glad that's fixed/));
  assert.equal(played.last.state.resolved, true);
  assert.deepEqual(played.last.actions.at(-1), { type: 'hangup' });
  assert.equal(
    toolCalls(played.actions).some((tool) => tool.name === 'create_ticket'),
    false,
  );
});

test('a caller who leaves before the fix works gets a ticket and its number, then the call ends', () => {
  for (const goodbye of ['no thanks, bye', 'still the same, I have to go now, goodbye', 'bye']) {
    const played = call([speech('my printer is jammed'), speech('no'), speech(goodbye)]);
    const ticket = createdTicket(played.actions);
    assert.equal(ticket.category, 'printer', goodbye);
    assert.match(ticket.description, /steps 1-2 of/, 'the ticket says how far the caller got');
    assert.ok(said(played.heard, /technician can finish this with you/), goodbye);
    assert.ok(said(played.heard, /ticket number is/i), `the number is read out: ${played.heard.join(' | ')}`);
    assert.ok(said(played.heard, /Goodbye\.$/), goodbye);
    assert.deepEqual(played.last.actions.at(-1), { type: 'hangup' }, goodbye);
  }
});

test('an unknown caller is asked for the code, which is read back before the lookup', () => {
  const played = call([speech('it is u e one oh four two'), speech('yes that is right')], { phone: UNKNOWN_PHONE });
  assert.ok(said(played.heard, /U E code/));
  assert.ok(played.heard.includes('I heard U E, one zero four two. Is that right?'));
  assert.deepEqual(toolCalls(played.actions).at(-1), { name: 'identify_organization', args: { ueCode: 'UE-1042' } });
  assert.deepEqual(played.last.state.organization, FAKE_ORGANIZATION);
  assert.equal(played.last.state.phase, 'asking_problem');
});

test('two misses bring the keypad, a keypad miss carries on unidentified, and the code is never asked again', () => {
  const played = call([speech('um hello?'), speech('the the'), keys('9999#'), speech('the wifi keeps dropping')], { phone: null });
  assert.ok(said(played.heard, /enter the four digits of your code/));
  assert.ok(said(played.heard, /carry on without it/));
  const codePrompts = played.heard.filter((line) => /code/.test(line) && /\?|keypad|digit at a time/.test(line));
  assert.ok(codePrompts.length <= 3, `asked for the code ${codePrompts.length} times`);
  assert.equal(played.last.state.organization, null);
  assert.deepEqual(handoffs(played.actions), ['network']);
});

test('a problem described instead of keying the code is kept', () => {
  const played = call([speech('hmm'), speech('what'), speech('the wifi keeps dropping')], { phone: null });
  assert.ok(said(played.heard, /enter the four digits/));
  assert.deepEqual(handoffs(played.actions), ['network']);
});

test('"say that again" repeats the question without counting a miss', () => {
  const played = call([speech('sorry, can you say that again?')], { phone: null });
  assert.equal(played.last.state.ueFailures, 0);
  assert.match(played.heard.at(-1) ?? '', /U E code/);
});

test('keyed digits are looked up without a read-back', () => {
  const played = call([keys('1042#')], { phone: null });
  assert.ok(!said(played.heard, /I heard/));
  assert.deepEqual(played.last.state.organization, FAKE_ORGANIZATION);
});

test('a problem told before the code is kept and routed once the caller is identified', () => {
  const played = call([speech('my second monitor says no signal'), speech('UE 1042'), speech('yes')], { phone: null });
  assert.ok(said(played.heard, /I can help with that/));
  assert.deepEqual(handoffs(played.actions), ['device']);
  assert.equal(played.last.state.problem, 'my second monitor says no signal');
});

test('when the steps run out a ticket is opened with org, contact, category and priority, and read back digit by digit', () => {
  const played = call([speech('outlook is not syncing'), speech('no'), speech("nope, didn't help"), speech('still broken')]);
  const args = createdTicket(played.actions);
  assert.equal(args.category, 'email');
  assert.equal(args.priority, 'medium');
  assert.equal(args.organizationId, FAKE_ORGANIZATION.id);
  assert.equal(args.contactId, FAKE_CONTACT.id);
  assert.match(args.description, /Outlook is not syncing/);
  assert.ok(said(played.heard, /ticket number is one zero zero four two/));
  assert.equal(played.last.state.phase, 'anything_else');
});

test('priority follows the rubric: the whole office down is critical (ticket, then a person), "no rush" is low', () => {
  const office = call([speech('the whole office has no internet, nobody can work')]);
  assert.equal(createdTicket(office.actions).priority, 'critical');
  assert.ok(said(office.heard, /outage for everyone/));
  assert.equal(office.actions.at(-1)?.type, 'transfer');
  const relaxed = call([speech("my outlook isn't syncing but there's no rush"), speech('just open a ticket please')]);
  assert.equal(createdTicket(relaxed.actions).priority, 'low');
});

test('ransomware: contain, open a critical ticket, and transfer to a person at once', () => {
  const played = call([speech('all our files are encrypted and there is a ransom note')]);
  assert.ok(said(played.heard, /unplug the network cable/));
  assert.equal(createdTicket(played.actions).priority, 'critical');
  assert.deepEqual(
    toolCalls(played.actions)
      .map((tool) => tool.name)
      .slice(-2),
    ['create_ticket', 'escalate_to_human'],
  );
  assert.equal(played.actions.at(-1)?.type, 'transfer');
});

test('a hacked account: stop using it, critical ticket, a person', () => {
  const played = call([speech('I think my email account got hacked, it is sending emails I did not send')]);
  assert.ok(said(played.heard, /stop using that account/));
  assert.ok(!said(played.heard, /unplug/));
  assert.equal(createdTicket(played.actions).priority, 'critical');
  assert.equal(played.actions.at(-1)?.type, 'transfer');
});

test('when the phone lookup fails the caller is simply asked for the code', () => {
  const played = call([], { failing: ['find_contact_by_phone'] });
  assert.equal(played.last.state.phase, 'asking_ue_code');
  assert.match(played.heard.at(-1) ?? '', /What's your U E code\?/);
});

for (const [phase, inputs] of [
  ['the code question', [] as CallerInput[]],
  ['troubleshooting', [speech('UE 1042'), speech('yes'), speech('my printer is jammed')]],
  ['anything else', [speech('UE 1042'), speech('yes'), speech('my printer is jammed'), speech('yes')]],
] as const) {
  test(`"let me talk to a person" during ${phase} escalates then transfers`, () => {
    const played = call([...inputs, speech('let me talk to a person')], { phone: null });
    assert.equal(toolCalls(played.actions).at(-1)?.name, 'escalate_to_human');
    assert.deepEqual(
      played.actions.slice(-2).map((action) => action.type),
      ['say', 'transfer'],
    );
  });
}

test('nobody free: a call back is offered and booked, then a polite goodbye', () => {
  const played = call([speech('representative'), speech('yes please, tomorrow morning')], { humansAvailable: false });
  assert.ok(said(played.heard, /busy right now/));
  assert.deepEqual(toolCalls(played.actions).at(-1), {
    name: 'schedule_callback',
    args: { reason: 'Caller asked for a call back', when: 'yes please, tomorrow morning' },
  });
  assert.ok(said(played.heard, /call you back tomorrow, Thursday, at 9 a\.m\./));
  assert.deepEqual(played.last.actions.at(-1), { type: 'hangup' });
});

test('"what\'s the status of ticket 10042" looks the ticket up and reads it back', () => {
  const tickets = [{ id: '10042', status: 'in_progress', priority: 'high', subject: 'Printer jams' }] as const;
  const played = call([speech("what's the status of ticket 10042")], { tickets: [...tickets] });
  assert.deepEqual(toolCalls(played.actions).at(-1), { name: 'get_ticket_status', args: { ticketId: '10042' } });
  assert.ok(said(played.heard, /Ticket one zero zero four two, Printer jams, is in progress, with high priority/));
});

test('a ticket status question without a number asks for it, and gives up after two misses', () => {
  const played = call([speech('what is the status of my ticket'), speech('I am not sure'), speech('no idea')]);
  assert.ok(said(played.heard, /What's the ticket number\?/));
  assert.ok(said(played.heard, /can't look it up without the number/));
  assert.equal(played.last.state.phase, 'anything_else');
});

test('silence: a prompt, then an offer of a call back, then a polite hang-up', () => {
  const played = call([silence, silence, silence], { phone: null });
  assert.ok(said(played.heard, /Are you still there\? What's your U E code/));
  assert.ok(said(played.heard, /say call me back/));
  assert.ok(said(played.heard, /Goodbye/));
  assert.deepEqual(played.last.actions.at(-1), { type: 'hangup' });
});

test('"call me back this afternoon" books a call back with the time', () => {
  const played = call([speech('my laptop is really slow'), speech('I have to go, can you call me back this afternoon')]);
  const booked = toolCalls(played.actions).at(-1);
  assert.equal(booked?.name, 'schedule_callback');
  // The caller's own words go to the tool, which reads the time from them.
  assert.deepEqual(booked?.args, { reason: 'my laptop is really slow', when: 'I have to go, can you call me back this afternoon' });
});

test('a failed KB search becomes a ticket; a failed ticket becomes a person', () => {
  const noKb = call([speech('my printer is jammed')], { failing: ['search_kb'] });
  assert.ok(said(noKb.heard, /don't have a quick fix/));
  assert.ok(said(noKb.heard, /ticket number is/));
  const noTicket = call([speech('open a ticket, the wifi keeps dropping')], { failing: ['create_ticket'] });
  assert.ok(said(noTicket.heard, /couldn't open the ticket/));
  assert.equal(noTicket.actions.at(-1)?.type, 'transfer');
});

test('"open a ticket" with no details asks what it should say first', () => {
  const played = call([speech('can you open a ticket for me'), speech('the label printer in shipping prints blank labels')]);
  assert.ok(said(played.heard, /what should the ticket say/));
  const args = createdTicket(played.actions);
  assert.equal(args.category, 'printer');
  assert.equal(args.subject, 'Label printer prints blank', 'a summary, not the first words');
});

test('keypad 1 and 2 answer "did that fix it?"', () => {
  const played = call([speech('my printer is jammed'), keys('2'), keys('1')]);
  assert.ok(said(played.heard, /^Next: /));
  assert.equal(played.last.state.resolved, true);
});

test('a second problem after "anything else?" goes to its specialist', () => {
  const played = call([speech('my printer is jammed'), speech('yes'), speech('yes, also outlook is not syncing')]);
  assert.deepEqual(handoffs(played.actions), ['printer', 'email']);
  assert.equal(played.last.state.agent, 'email');
});

test('after the call ends, and for results nobody asked for, nothing happens', () => {
  const played = call([speech('no thanks, goodbye')]);
  assert.equal(played.last.state.phase, 'ended');
  assert.deepEqual(rulesStep(played.last.memory, played.last.facts, speech('hello?')).actions, []);
  const waiting = call([]);
  const stray = rulesStep(waiting.last.memory, waiting.last.facts, { kind: 'tool_result', name: 'search_kb', result: [] });
  assert.deepEqual(stray, { memory: waiting.last.memory, facts: {}, actions: [] });
});

test("a caller's recent call is mentioned in the greeting; an old one is not", () => {
  const tools = createFakeTools();
  const recent = playCall(
    { callerPhone: FAKE_CONTACT.phone, lastCall: { category: 'printer', ticketId: '10042', hoursBefore: 20 } },
    [],
    tools,
  );
  assert.ok(
    said(recent.heard, /I see you called yesterday about a printer problem, ticket one zero zero four two\./),
    recent.heard.join(' | '),
  );
  assert.ok(said(recent.heard, /What's going on today\?/), 'and still asks what it is about now');
  const today = playCall(
    { callerPhone: FAKE_CONTACT.phone, lastCall: { category: null, ticketId: null, hoursBefore: 2 } },
    [],
    createFakeTools(),
  );
  assert.ok(said(today.heard, /I see you called earlier today about an issue\./));
  const old = playCall(
    { callerPhone: FAKE_CONTACT.phone, lastCall: { category: 'email', ticketId: null, hoursBefore: 200 } },
    [],
    createFakeTools(),
  );
  assert.ok(!said(old.heard, /I see you called/));
});

test('a correction after the ticket is open re-prioritises it through change_ticket_priority; no second ticket', () => {
  const played = call([
    speech('the printer by my desk is jammed'),
    speech('just open a ticket please'),
    speech("actually it's the whole office, none of us can print"),
  ]);
  const tools = toolCalls(played.actions);
  assert.equal(tools.filter((tool) => tool.name === 'create_ticket').length, 1);
  const change = tools.find((tool) => tool.name === 'change_ticket_priority');
  assert.ok(
    change && change.name === 'change_ticket_priority',
    `expected a change of priority: ${tools.map((tool) => tool.name).join(', ')}`,
  );
  assert.equal(change.args.priority, 'high', 'printing down for everyone is high');
  assert.equal(createdTicket(played.actions).priority, 'medium');
  assert.equal(change.args.ticketId, played.last.state.ticket?.id);
  assert.equal(played.last.state.priority, 'high');
  assert.ok(said(played.heard, /changed ticket .* to high priority/));
});

test('a correction before any ticket: "no, the whole office" makes an outage critical: ticket, then a person', () => {
  const played = call([speech("the internet's down on my computer"), speech('no, it is the whole office, nobody can get online')]);
  assert.equal(createdTicket(played.actions).priority, 'critical');
  assert.equal(played.actions.at(-1)?.type, 'transfer');
});

test("during troubleshooting the trained model's guess does not move the call; the lexicons' clear evidence would", () => {
  const answer = 'it says preparing automatic repair and then it just goes round in circles';
  assert.equal(analyzeUtterance(answer).routeRule, 'model', 'precondition: only the model routes these words');
  const played = call([speech('the printer by my desk is jammed'), speech(answer)]);
  assert.deepEqual(handoffs(played.actions), ['printer']);
  const switched = call([speech('the printer by my desk is jammed'), speech('actually my outlook keeps crashing')]);
  assert.deepEqual(handoffs(switched.actions), ['printer', 'email']);
});

test('"no, still broken" is an answer, not a correction', () => {
  const played = call([speech('the printer by my desk is jammed'), speech('no, still broken')]);
  assert.ok(said(played.heard, /^Next: /));
  assert.equal(played.last.state.priority, 'medium');
});

test('a named ticket is updated, never a second one opened: status, a raised priority, the caller’s words as a note', () => {
  const existing = { id: '10007', status: 'open', priority: 'medium', subject: 'Printer jams' } as const;
  const played = call([speech("it's about ticket one zero zero zero seven, now none of us can print at all")], { tickets: [existing] });
  assert.deepEqual(handoffs(played.actions), ['ticket']);
  const names = toolCalls(played.actions).map((tool) => tool.name);
  assert.deepEqual(names, ['get_ticket_status', 'change_ticket_priority', 'add_ticket_note']);
  assert.ok(said(played.heard, /Ticket one zero zero zero seven, Printer jams, is open/));
  assert.equal(played.last.state.ticket?.id, '10007');
  assert.equal(played.last.state.phase, 'anything_else');
});

test('"any news on ticket …?" reads the status and adds nothing', () => {
  const existing = { id: '10007', status: 'in_progress', priority: 'high', subject: 'VPN' } as const;
  const played = call([speech('any news on ticket one zero zero zero seven')], { tickets: [existing] });
  assert.deepEqual(
    toolCalls(played.actions).map((tool) => tool.name),
    ['get_ticket_status'],
  );
  assert.equal(played.last.state.priority, 'low');
});

test('the organisation named by the line dialled, without a known contact, is greeted without asking for a code', () => {
  const played = call([], { phone: UNKNOWN_PHONE, dialled: FAKE_SUPPORT_LINE });
  assert.equal(played.last.state.organization?.id, FAKE_ORGANIZATION.id);
  assert.ok(said(played.heard, /You've reached the Acme Dental help desk/));
  assert.ok(!said(played.heard, /U E code/));
});

test('words that name no system are routed by the article they match, without asking which system it is', () => {
  const played = call([speech('there is a stop code')]);
  assert.deepEqual(handoffs(played.actions), ['computer']);
  const searches = toolCalls(played.actions).filter((tool) => tool.name === 'search_kb');
  assert.deepEqual(
    searches.map((tool) => tool.args),
    [{ query: 'there is a stop code' }, { query: 'there is a stop code', category: 'computer' }],
    "triage's search decides the route; the specialist's search finds the fix",
  );
  assert.ok(!said(played.heard, /Is it your computer, email/));
  assert.equal(played.last.state.phase, 'troubleshooting');
});

test('nothing matching strongly: the caller is asked which system once, then the service desk takes it', () => {
  const played = call([speech('it keeps doing something weird'), speech("i'm not sure")]);
  assert.ok(said(played.heard, /Is it your computer, email, internet, printer, or phone\?/));
  assert.deepEqual(handoffs(played.actions), ['servicedesk']);
});

test('a failed triage search is no evidence: the caller is asked which system', () => {
  const played = call([speech('there is a stop code')], { failing: ['search_kb'] });
  assert.ok(said(played.heard, /Is it your computer, email/));
  assert.equal(played.last.state.phase, 'asking_problem');
});
