import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeConversation, scoreSentiment, type TranscriptTurn } from './analysis';
import { utteranceValence } from '../language/sentiment';

const caller = (text: string): TranscriptTurn => ({ role: 'caller', text });
const agent = (text: string): TranscriptTurn => ({ role: 'agent', text });

const JAMMED_PRINTER_CALL: TranscriptTurn[] = [
  agent('Thanks for calling URackIT support.'),
  agent("Hi Dana, I see you're with Acme Dental."),
  agent("What's going on today?"),
  caller('Hi, yeah, this is the third time this week the printer on the second floor keeps jamming. It is really annoying.'),
  agent("I found a guide for that: Clear a paper jam. Let's go one step at a time."),
  agent('First: Switch the printer off. Did that fix it?'),
  caller('no, still jammed'),
  agent("I'm sorry that didn't fix it. I'll open a ticket so a technician can take over."),
  agent("Your ticket number is one zero zero four two. That's one zero zero four two. A technician will follow up."),
  agent('Is there anything else I can help with?'),
  caller('no, bye'),
  agent('Thanks for calling URackIT. Goodbye.'),
];

test('a frustrated printer call: printer category, negative, ticket outcome, informative summary', () => {
  const analysis = analyzeConversation(JAMMED_PRINTER_CALL);
  assert.equal(analysis.category, 'printer');
  assert.equal(analysis.intent, 'printer');
  assert.equal(analysis.sentiment, 'negative');
  assert.ok(analysis.sentimentScore < -0.2);
  assert.equal(analysis.outcome, 'ticket_created');
  assert.match(analysis.summary, /^Caller: Hi, yeah, this is the third time this week the printer on the second floor keeps jamming\./);
  assert.match(analysis.summary, /Outcome: ticket 10042 opened for a technician\.$/);
  assert.doesNotMatch(analysis.summary, /Thanks for calling|anything else|Did that fix it/);
  assert.equal(analysis.keywords[0], 'printer');
});

test('a grateful, resolved email call is positive', () => {
  const analysis = analyzeConversation([
    caller('my outlook is not syncing'),
    agent('First: Close and reopen Outlook. Did that fix it?'),
    caller('yes that fixed it, thank you so much'),
    agent("Great, I'm glad that's fixed."),
  ]);
  assert.equal(analysis.category, 'email');
  assert.equal(analysis.sentiment, 'positive');
  assert.equal(analysis.outcome, 'resolved');
  assert.match(analysis.summary, /Outcome: resolved during the call\.$/);
});

test('a matter-of-fact call is neutral', () => {
  const analysis = analyzeConversation([
    caller('I need my voicemail pin reset'),
    agent('First: Press the messages button. Did that fix it?'),
    caller('yes'),
  ]);
  assert.equal(analysis.category, 'phone');
  assert.equal(analysis.sentiment, 'neutral');
});

test('the outcome and ticket number given by the workflow win over inference', () => {
  const analysis = analyzeConversation([caller('the wifi keeps dropping')], { outcome: 'escalated' });
  assert.equal(analysis.outcome, 'escalated');
  assert.match(analysis.summary, /transferred to a technician/);
  const silent = analyzeConversation([agent('Thanks for calling URackIT support.')], { category: 'network' });
  assert.equal(silent.outcome, 'abandoned');
  assert.equal(silent.category, 'network');
  assert.equal(silent.intent, 'unknown');
});

test('summaries quote at most three sentences plus the outcome', () => {
  const analysis = analyzeConversation([
    caller('Our whole office lost internet this morning. The router has a red light. We restarted it twice. Nothing changed.'),
    agent("I'm transferring you now. Please stay on the line."),
  ]);
  const quoted = analysis.summary.match(/(Caller|Agent): /g) ?? [];
  assert.ok(quoted.length >= 2 && quoted.length <= 3, analysis.summary);
  assert.equal(analysis.category, 'network');
  assert.equal(analysis.outcome, 'escalated');
});

const VALENCE_CASES: ReadonlyArray<readonly [string, 'positive' | 'negative' | 'neutral']> = [
  ['thanks, that was really helpful', 'positive'],
  ['this is ridiculous, I am so frustrated', 'negative'],
  ['I am not happy with this at all', 'negative'],
  ['not bad, it works now', 'positive'],
  ['this is a waste of time', 'negative'],
  ['my printer is broken', 'neutral'],
  ['okay', 'neutral'],
  ["I'm fed up, nobody called back", 'negative'],
  ['perfect, you are a lifesaver', 'positive'],
];

for (const [text, label] of VALENCE_CASES) {
  test(`sentiment of "${text}" is ${label}`, () => {
    assert.equal(scoreSentiment([text]).label, label);
  });
}

test('negation flips and intensifiers strengthen', () => {
  assert.ok(utteranceValence('this is helpful') > 0);
  assert.ok(utteranceValence('this is not helpful') < 0);
  assert.ok(utteranceValence('this is very frustrating') < utteranceValence('this is frustrating'));
  assert.ok(utteranceValence('a bit annoying') > utteranceValence('annoying'));
});

test('property: the score stays within [-1, 1] and the label agrees with it', () => {
  const words = ['thanks', 'great', 'not', 'very', 'ridiculous', 'frustrated', 'broken', 'so', 'helpful', 'again', 'third time', 'fixed'];
  fc.assert(
    fc.property(
      fc.array(
        fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((parts) => parts.join(' ')),
        { maxLength: 6 },
      ),
      (utterances) => {
        const { score, label } = scoreSentiment(utterances);
        assert.ok(score >= -1 && score <= 1);
        assert.equal(label, score >= 0.2 ? 'positive' : score <= -0.2 ? 'negative' : 'neutral');
      },
    ),
  );
});
