import { STOP_WORDS, tokenize } from '../kb/tokenize';
import { extractTicketNumber } from '../language/ticket-number';
import { analyzeText, compileLexicon, matchLexicon, scoreMatches } from '../language/lexicon';
import { TOPIC_TERMS, TOPICS } from '../language/topic-lexicons';

/*
 * Extractive summary: the few sentences of a call that carry the most information, kept in
 * call order, plus a line on how it ended. Agent boilerplate (greetings, "did that fix it?")
 * never makes the cut.
 */

export type CallOutcome = 'resolved' | 'ticket_created' | 'escalated' | 'callback_scheduled' | 'unresolved' | 'abandoned';

export interface TranscriptTurn {
  role: 'caller' | 'agent' | 'system';
  text: string;
}

interface Sentence {
  role: 'caller' | 'agent';
  text: string;
  position: number;
  score: number;
}

/** Words every call has, which say nothing about this one. */
export const CALL_NOISE: ReadonlySet<string> = new Set(
  `yes yeah yep nope thanks thank hello bye goodbye okay sure code right not fine good great
  time times week weeks day days today much lot hi cheers please sorry`.split(/\s+/),
);

export const allTopicTerms = compileLexicon(Object.fromEntries(TOPICS.flatMap((topic) => Object.entries(TOPIC_TERMS[topic]))));

const AGENT_BOILERPLATE = new RegExp(
  [
    'thanks for calling',
    'is that right',
    'did that fix it',
    'anything else',
    "what's going on",
    'code',
    'one moment',
    'still there',
    'take your time',
    'say yes or no',
    "didn't catch",
    "what's the ticket number",
    'goodbye',
    'let me look up',
    'let me get',
  ].join('|'),
  'i',
);
const INFORMATIVE_AGENT = new RegExp(
  [
    'found a guide',
    'ticket number is',
    'added that to your ticket',
    'transferring',
    'call you back',
    'is (open|assigned|in progress|resolved|closed|waiting)',
    'unplug',
  ].join('|'),
  'i',
);

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

function contentWordCount(text: string): number {
  return tokenize(text).filter((word) => !STOP_WORDS.has(word) && !CALL_NOISE.has(word) && word.length > 2).length;
}

/** Sentences are quoted whole, so each ends with its own punctuation. */
const closed = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

function scoreSentence(role: 'caller' | 'agent', text: string): number {
  if (role === 'agent') {
    if (INFORMATIVE_AGENT.test(text)) return 3;
    // Anything else the agent says (a step, say) only fills in when little else was said.
    return AGENT_BOILERPLATE.test(text) ? 0 : 0.5;
  }
  const content = contentWordCount(text);
  if (content < 2) return 0;
  const topical = scoreMatches(matchLexicon(analyzeText(text), allTopicTerms), 'ignore');
  return Math.min(content, 8) * 0.5 + Math.min(topical, 10);
}

function sentencesOf(transcript: readonly TranscriptTurn[]): Sentence[] {
  let position = 0;
  return transcript.flatMap((turn) => {
    if (turn.role === 'system') return [];
    const role = turn.role;
    return splitSentences(turn.text).map((text) => ({ role, text, position: position++, score: scoreSentence(role, text) }));
  });
}

const OUTCOME_LINES: Record<CallOutcome, (ticketId: string | undefined) => string> = {
  resolved: () => 'Outcome: resolved during the call.',
  ticket_created: (ticketId) => `Outcome: ticket ${ticketId ?? ''} opened for a technician.`.replace('  ', ' '),
  escalated: () => 'Outcome: transferred to a technician.',
  callback_scheduled: () => 'Outcome: a call back was scheduled.',
  unresolved: () => 'Outcome: not resolved on the call.',
  abandoned: () => 'Outcome: the caller left before describing a problem.',
};

/** The ticket number the agent read out ("your ticket number is one zero zero four two"). */
function ticketNumberSpoken(transcript: readonly TranscriptTurn[]): string | undefined {
  const line = transcript.find((turn) => turn.role === 'agent' && /ticket number is|your ticket, number/i.test(turn.text));
  return line === undefined ? undefined : (extractTicketNumber(line.text) ?? undefined);
}

/** Guesses the outcome from what the agent said, when the workflow did not record one. */
export function inferOutcome(transcript: readonly TranscriptTurn[]): CallOutcome {
  const agent = transcript
    .filter((turn) => turn.role === 'agent')
    .map((turn) => turn.text)
    .join(' ');
  if (/transferring you/i.test(agent)) return 'escalated';
  if (/ticket number is|added that to your ticket/i.test(agent)) return 'ticket_created';
  if (/will call you back/i.test(agent)) return 'callback_scheduled';
  if (/glad that's fixed/i.test(agent)) return 'resolved';
  return transcript.some((turn) => turn.role === 'caller' && contentWordCount(turn.text) > 0) ? 'unresolved' : 'abandoned';
}

const MAX_SENTENCES = 3;
const MAX_CALLER_SENTENCES = 2;

export function summarizeCall(transcript: readonly TranscriptTurn[], outcome: CallOutcome, ticketId?: string): string {
  const ranked = sentencesOf(transcript)
    .filter((sentence) => sentence.score > 0)
    .sort((a, b) => b.score - a.score || a.position - b.position);
  const caller = ranked.filter((sentence) => sentence.role === 'caller').slice(0, MAX_CALLER_SENTENCES);
  const agent = ranked.filter((sentence) => sentence.role === 'agent').slice(0, MAX_SENTENCES - caller.length);
  const chosen = [...caller, ...agent].sort((a, b) => a.position - b.position);
  const lines = chosen.map((sentence) => `${sentence.role === 'caller' ? 'Caller' : 'Agent'}: ${closed(sentence.text)}`);
  return [...lines, OUTCOME_LINES[outcome](ticketId ?? ticketNumberSpoken(transcript))].join(' ');
}
