import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeUtterance, extractTicketNumber, type IntentName } from './intents';

/**
 * One label for an utterance heard out of context. Requests for a person or a call back come
 * first; then the stronger of a yes/no and a topic, so "no, still broken" is a no and
 * "yeah so my outlook keeps crashing" is email.
 */
function detectIntent(text: string): IntentName {
  const analysis = analyzeUtterance(text);
  if (analysis.wantsHuman) return 'human';
  if (analysis.wantsCallback) return 'callback';
  if (analysis.goodbye && analysis.route === null) return 'goodbye';
  const answer: IntentName | null = analysis.answer === null ? null : analysis.answer === 'yes' ? 'affirm' : 'deny';
  const routeScore = Math.max(...Object.values(analysis.topicScores));
  if (answer !== null && Math.abs(analysis.answerScore) > routeScore) return answer;
  if (analysis.route !== null) return analysis.route;
  return answer ?? (analysis.goodbye ? 'goodbye' : 'unknown');
}

/** Caller utterances as a speech recogniser would hand them over, grouped by what they mean. */
const TABLE: Record<IntentName, readonly string[]> = {
  printer: [
    'my printer is jammed again',
    "the printer in accounting won't print anything",
    'there is paper stuck in the copier',
    'the printer says it is offline',
    'I need the driver for the new HP printer installed',
    'scan to email stopped working on the big Ricoh',
    'print jobs are just sitting in the queue',
    "I'm getting streaks on everything I print",
    'we are out of toner and the light keeps blinking',
    "the person at the front desk can't print",
  ],
  email: [
    "outlook isn't syncing my new emails",
    'outlook keeps asking me for my password over and over',
    'my mailbox is full and I cannot send anything',
    'how do I set up an out of office reply',
    "I can't get into the shared mailbox for sales",
    'emails to our customer keep bouncing back as undeliverable',
    "I'm not receiving any email since this morning",
    'my calendar invites are not showing up in outlook',
  ],
  network: [
    'the wifi keeps dropping every few minutes',
    'we have no internet in the whole office',
    "the VPN won't connect from home",
    'the internet is really slow today',
    "websites won't load but I'm connected to the wireless",
    'I cannot reach the shared drive on the server',
    'the router has a red light on it',
    'my mapped drive disappeared',
  ],
  computer: [
    'my computer is super slow',
    'I got a blue screen and it restarted',
    "my laptop won't boot past the logo",
    'windows update has been stuck at thirty percent for an hour',
    'it says my C drive is full',
    'excel keeps crashing when I open this file',
    'people on teams can not hear me',
    'my PC freezes every time I open chrome',
    'the computer keeps restarting on its own',
  ],
  phone: [
    "there's no dial tone on my desk phone",
    'I need my voicemail pin reset',
    'how do I forward my calls to my cell',
    'calls keep dropping after a few seconds',
    'my handset shows no service',
    'the softphone app will not register',
    'customers say our phones just ring and ring',
  ],
  security: [
    'I think I got a phishing email',
    'I clicked on a link in a weird email and now I am worried',
    'there is a pop up saying my computer has a virus',
    'all our files are encrypted and there is a ransom note',
    'I think my account got hacked, people are getting emails I did not send',
    'somebody asked me to buy gift cards pretending to be the boss',
    'we got a security alert about an unknown login from another country',
  ],
  device: [
    'my second monitor says no signal',
    "the docking station isn't charging my laptop",
    'my keyboard and mouse stopped working',
    'the screen keeps flickering',
    'my headset is not being detected',
    'the projector in the conference room will not display anything',
    "my work iphone won't charge",
  ],
  lookup: [
    "what's the status of my ticket",
    'I called yesterday about my laptop, is there any update',
    'what devices do we have on our account',
    'what is the serial number of my laptop',
    'is that computer still under warranty',
    'I am following up on the ticket I opened last week',
  ],
  ticket: [
    'can you check on ticket one zero zero four two',
    'it is about case 10005, the printer is still jamming',
    'can you just open a ticket for me',
    'I want to log a ticket please',
    'please create a new ticket for the broken chair mat',
    'I need to put in a request for someone to come out',
    'could you raise a ticket so a technician looks at it',
  ],
  servicedesk: [
    'I forgot my password',
    "I'm locked out of my account",
    'I need to reset my password',
    'my authenticator app is on my old phone and I need my MFA reset',
    'we have a new hire starting monday and need an account set up',
    'I have a question about our last invoice',
    'someone left the company and we need their access removed',
    'can I get a quote for five new laptops',
    'I need access to the finance shared folder',
    "my password doesn't work",
  ],
  human: [
    'let me talk to a person',
    'agent',
    'representative please',
    'can I speak to a real human',
    'operator',
    'I want a live agent',
    'just transfer me to someone',
    'can I talk to a technician please',
    "I'd rather speak with an actual person",
    'put me through to support',
    'real person please',
  ],
  callback: [
    'can someone call me back later',
    "I'm about to go into a meeting, can you call me back",
    'have someone give me a call this afternoon',
    'could a technician ring me back tomorrow morning',
  ],
  goodbye: [
    "no thanks, that's all",
    'bye',
    'nope that is it, have a good day',
    "that's everything, thank you, goodbye",
    "I'm all set, thanks",
  ],
  affirm: [
    'yes that fixed it',
    'it worked',
    "yeah it's working now",
    'yep',
    'that did the trick',
    "that's right",
    'correct',
    'sure, go ahead',
    "it's not broken anymore",
    'uh huh',
  ],
  deny: [
    'nope still broken',
    "didn't help",
    "no it didn't work",
    'still the same problem',
    'no luck',
    "that's wrong",
    "I don't think so",
    'not really',
    "yes but it's still not working",
    'nothing happened',
    "I'm afraid not",
  ],
  unknown: ['hello?', 'um', 'hmm', 'what'],
};

const cases = Object.entries(TABLE).flatMap(([intent, utterances]) => utterances.map((text) => ({ intent, text })));

test('the table is big enough to mean something', () => {
  assert.ok(cases.length >= 80, `only ${cases.length} utterances`);
});

for (const { intent, text } of cases) {
  test(`"${text}" -> ${intent}`, () => {
    assert.equal(detectIntent(text), intent);
  });
}

test('negated requests for a person are not requests for a person', () => {
  assert.equal(analyzeUtterance("I don't need a person, just reset it").wantsHuman, false);
  assert.equal(analyzeUtterance("no, I don't want to talk to anyone").wantsHuman, false);
  assert.equal(analyzeUtterance('someone sent me a strange email').wantsHuman, false);
  assert.equal(analyzeUtterance('I need someone to come out and fix the printer').wantsHuman, false);
});

test('"not printing" still routes to the printer specialist', () => {
  const analysis = analyzeUtterance('the printer is not printing');
  assert.equal(analysis.route, 'printer');
  assert.equal(analysis.problemCategory, 'printer');
});

test('a "no" inside a sentence describes the problem, it is not an answer', () => {
  assert.equal(analyzeUtterance('there is no internet').answer, null);
  assert.equal(analyzeUtterance('no').answer, 'no');
  assert.equal(analyzeUtterance('uh, no, it is still down').answer, 'no');
});

test('hold, repeat and "I don\'t know" moves are recognised', () => {
  assert.equal(analyzeUtterance('hang on a second, let me try that').hold, true);
  assert.equal(analyzeUtterance('sorry, can you say that again?').repeat, true);
  assert.equal(analyzeUtterance("I don't know our code").dontKnow, true);
  assert.equal(analyzeUtterance('my printer is jammed').hold, false);
});

test('ticket status questions carry the ticket number', () => {
  const analysis = analyzeUtterance("what's the status of ticket 10042");
  assert.equal(analysis.asksTicketStatus, true);
  assert.equal(analysis.ticketNumber, '10042');
  assert.equal(analyzeUtterance('please open a ticket').asksTicketStatus, false);
  assert.equal(analyzeUtterance('please open a ticket').wantsTicket, true);
});

test('ticket numbers are read from digits, digit words and number words', () => {
  assert.equal(extractTicketNumber('ticket number one zero zero four two'), '10042');
  assert.equal(extractTicketNumber('case 10042 please'), '10042');
  assert.equal(extractTicketNumber('it is ten thousand forty two'), '10042');
  assert.equal(extractTicketNumber('I have 3 printers and ticket 55120'), '55120');
  assert.equal(extractTicketNumber('my printer is broken'), null);
});

test('the problem category ignores requests about records', () => {
  assert.equal(analyzeUtterance('open a ticket, the wifi keeps dropping').problemCategory, 'network');
  assert.equal(analyzeUtterance('open a ticket, the wifi keeps dropping').route, 'ticket');
  assert.equal(analyzeUtterance('I forgot my password').problemCategory, 'account');
});
