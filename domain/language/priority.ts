import type { TicketPriority } from '../tickets/codes';
import { analyzeText, compileLexicon, matchLexicon, scoreMatches, type AnalyzedToken, type Lexicon, type LexiconMatch } from './lexicon';
import { securitySigns, type SecuritySigns } from './security-signs';
import {
  BUSINESS_SCOPE,
  COSMETIC,
  DEADLINE,
  DEGRADED,
  FAULT,
  FEW_PEOPLE,
  GROUP_SCOPE,
  HOW_TO,
  LOCATORS,
  NO_RUSH,
  QUANTIFIERS,
  REQUEST,
  SECURITY_ACTIVE,
  SECURITY_EXPOSED,
  SECURITY_UNTOUCHED,
  STOPPED,
  USER_BLOCKED,
  WORK_BLOCKED,
  WORKAROUND,
} from './priority-lexicons';

/*
 * A ticket's priority from what the caller said, as ITIL's impact × urgency matrix reads it:
 *   critical: the whole business stopped, or an attacker active (encrypting, in control, misusing an account);
 *   high:     one person fully blocked, or many people / a department degraded; credentials or a device exposed;
 *   medium:   one person degraded or with a workaround; a suspicious item left alone; no problem described;
 *   low:      a question, a how-to, something cosmetic, a planned or routine request.
 * Printing down for everyone is high, not critical: the business still runs.
 */

export type Impact = 'business' | 'group' | 'user';
export type Urgency = 'stopped' | 'degraded' | 'request' | 'none';
export type SecurityLevel = 'active' | 'exposed' | 'suspicious';

export interface PriorityAssessment {
  priority: TicketPriority;
  impact: Impact;
  /** How badly: stopped (outage or a blocked person), degraded, a request or question, or no problem told. */
  urgency: Urgency;
  /** For a security concern, how far the attacker got. */
  security: SecurityLevel | null;
  /** 0..1: how clearly the words decided it. */
  confidence: number;
  /**
   * The words say how many people it hits or how urgent it is (beyond naming a fault): what makes
   * "no, it's the whole office" a correction rather than an answer.
   */
  carriesUrgency: boolean;
}

export interface PriorityContext {
  /** The caller's words point to a security concern (routing rule 3). */
  security: boolean;
  /**
   * The problem is with a person's core tool (their computer, sign-in, connection or mailbox):
   * out, it blocks them. A dead mouse or desk phone does not.
   */
  coreTool: boolean;
  /** The problem is about printing: down for everyone it is high, not critical. */
  printing: boolean;
  /** The caller asks for recorded information (routing rule 6): nothing is broken. */
  lookup: boolean;
}

const lexicons = {
  business: compileLexicon(BUSINESS_SCOPE),
  group: compileLexicon(GROUP_SCOPE),
  few: compileLexicon(FEW_PEOPLE),
  stopped: compileLexicon(STOPPED),
  blocked: compileLexicon(USER_BLOCKED),
  workBlocked: compileLexicon(WORK_BLOCKED),
  degraded: compileLexicon(DEGRADED),
  fault: compileLexicon(FAULT),
  deadline: compileLexicon(DEADLINE),
  workaround: compileLexicon(WORKAROUND),
  request: compileLexicon({ ...HOW_TO, ...REQUEST, ...COSMETIC }),
  noRush: compileLexicon(NO_RUSH),
  active: compileLexicon(SECURITY_ACTIVE),
  exposed: compileLexicon(SECURITY_EXPOSED),
  untouched: compileLexicon(SECURITY_UNTOUCHED),
} satisfies Record<string, Lexicon>;

type Cue = keyof typeof lexicons;

/** Negation is part of these phrases ("not working", "nobody can"), so a negated match still counts… */
const NEGATION_KEPT: ReadonlySet<Cue> = new Set([
  'business',
  'group',
  'stopped',
  'blocked',
  'workBlocked',
  'fault',
  'active',
  'exposed',
  'untouched',
  'workaround',
]);

/** What things do: said in the scope of a "not", "nobody", "none of" ("none of the monitors work"), something has stopped. */
const FUNCTIONS: ReadonlySet<string> = new Set([
  'work',
  'print',
  'connect',
  'load',
  'open',
  'start',
  'boot',
  'charge',
  'ring',
  'send',
  'receiv',
  'sync',
  'respond',
  'scan',
  'login',
  'hear',
]);
const NEGATED_FUNCTION_POINTS = 3;

function negatedFunctions(tokens: readonly AnalyzedToken[]): number {
  return tokens.filter((token) => token.negated && FUNCTIONS.has(token.stem)).length * NEGATED_FUNCTION_POINTS;
}

type Scores = Record<Cue, number> & { quantifiedGroup: boolean; signs: SecuritySigns };

const FAULT_CUES: readonly Cue[] = ['fault', 'stopped', 'blocked', 'workBlocked', 'degraded'];

/** For each token, whether its clause describes something wrong: a fault cue or a function that does not happen. */
function faultClauses(tokens: readonly AnalyzedToken[]): boolean[] {
  const faulty = tokens.map((token) => token.negated && FUNCTIONS.has(token.stem));
  for (const cue of FAULT_CUES) for (const match of matchLexicon(tokens, lexicons[cue])) faulty[match.at] = true;
  const inFaultyClause = tokens.map(() => false);
  let start = 0;
  tokens.forEach((token, index) => {
    const last = index === tokens.length - 1;
    if (!token.isBreak && !last) return;
    const end = token.isBreak ? index : index + 1;
    const describesFault = faulty.slice(start, end).some(Boolean);
    for (let position = start; position < end; position += 1) inFaultyClause[position] = describesFault;
    start = index + 1;
  });
  return inFaultyClause;
}

/**
 * A bare "everyone" or "nobody" tells how many people are affected only when its clause says what
 * is wrong ("nobody can get online"): in "everyone says they hear an echo when they talk to me" or
 * "I have no idea which one" it says nothing about scope. Named places and "for everyone" stand alone.
 */
const BARE_QUANTIFIERS: ReadonlySet<string> = new Set([
  'everyone',
  'everybody',
  'nobody',
  'no one',
  'nobody is',
  'anyone',
  'anybody',
  'all of us',
  'none of us',
  'some of us',
  'a few of us',
  'several of us',
  'a few people',
  'several people',
]);

function affectingScope(tokens: readonly AnalyzedToken[], matches: readonly LexiconMatch[]): LexiconMatch[] {
  const inFaultyClause = faultClauses(tokens);
  return matches.filter((match) => !BARE_QUANTIFIERS.has(match.phrase) || inFaultyClause[match.at] === true);
}

const quantifierLexicon = compileLexicon(QUANTIFIERS);
const locatorLexicon = compileLexicon(LOCATORS);
const GROUP_WINDOW = 5;

/** "Everyone upstairs", "the warehouse… everyone's complaining": a quantifier next to a part of the business. */
function quantifiedGroup(tokens: readonly AnalyzedToken[]): boolean {
  const locators = matchLexicon(tokens, locatorLexicon);
  return affectingScope(tokens, matchLexicon(tokens, quantifierLexicon)).some((quantifier) =>
    locators.some((locator) => Math.abs(locator.at - quantifier.at) <= GROUP_WINDOW),
  );
}

/** …while "it's not a deadline" or "I don't need a new one" says the opposite. */
function cueScores(tokens: readonly AnalyzedToken[]): Scores {
  const scores = {} as Record<Cue, number>;
  for (const cue of Object.keys(lexicons) as Cue[]) {
    const matches = matchLexicon(tokens, lexicons[cue]);
    const counted = cue === 'business' || cue === 'group' ? affectingScope(tokens, matches) : matches;
    scores[cue] = scoreMatches(counted, NEGATION_KEPT.has(cue) ? 'ignore' : 'drop');
  }
  const stoppedFunctions = negatedFunctions(tokens);
  scores.fault += stoppedFunctions;
  scores.stopped += stoppedFunctions;
  return { ...scores, quantifiedGroup: quantifiedGroup(tokens), signs: securitySigns(tokens) };
}

const CLEAR = 3;

function impactOf(scores: Scores): Impact {
  if (scores.few >= CLEAR && scores.business < 2 * CLEAR) return 'user';
  if (scores.quantifiedGroup) return 'group';
  if (scores.group >= CLEAR && scores.group >= scores.business) return 'group';
  return scores.business >= CLEAR ? 'business' : 'user';
}

function securityLevel(scores: Scores): SecurityLevel {
  const { signs } = scores;
  if (scores.active >= 4 || signs.intruder || signs.ransom) return 'active';
  if (signs.pushed || signs.lostDevice || signs.secretGiven || signs.actedOnLure) return 'exposed';
  if (scores.exposed >= CLEAR && scores.untouched < 4) return 'exposed';
  return 'suspicious';
}

const SECURITY_PRIORITY: Record<SecurityLevel, TicketPriority> = { active: 'critical', exposed: 'high', suspicious: 'medium' };

/** Blocked from working: said outright, or the person's core tool is out and nothing says it comes and goes. */
function blocked(scores: Scores, context: PriorityContext): boolean {
  if (scores.workBlocked >= 4) return true;
  return context.coreTool && scores.blocked >= 4 && scores.degraded < CLEAR && scores.workaround < CLEAR;
}

function urgencyOf(scores: Scores, context: PriorityContext): Urgency {
  const fault = scores.fault + scores.stopped + scores.blocked + scores.workBlocked + scores.degraded;
  if (blocked(scores, context) || scores.stopped >= 4) return 'stopped';
  if (scores.request >= 4 && scores.request > fault) return 'request';
  if (context.lookup && fault < CLEAR) return 'request';
  if (scores.stopped >= CLEAR) return 'stopped';
  if (fault >= 2) return 'degraded';
  return scores.request >= CLEAR ? 'request' : 'none';
}

function matrix(impact: Impact, urgency: Urgency, scores: Scores, context: PriorityContext): TicketPriority {
  const problem = urgency === 'stopped' || urgency === 'degraded';
  if (impact === 'business' && problem) {
    const outage = urgency === 'stopped' && scores.degraded < scores.stopped;
    return outage && !context.printing ? 'critical' : 'high';
  }
  if (impact === 'group' && problem) return 'high';
  if (blocked(scores, context)) return 'high';
  if (problem && scores.deadline >= CLEAR) return 'high';
  if (urgency === 'request') return 'low';
  return 'medium';
}

function carriesUrgency(scores: Scores, impact: Impact): boolean {
  return (
    impact !== 'user' ||
    scores.workBlocked >= 4 ||
    scores.deadline >= CLEAR ||
    scores.noRush >= CLEAR ||
    scores.active >= 4 ||
    scores.exposed >= CLEAR
  );
}

export function assessPriority(text: string, context: PriorityContext): PriorityAssessment {
  const scores = cueScores(analyzeText(text));
  const impact = impactOf(scores);
  const urgency = urgencyOf(scores, context);
  const told = carriesUrgency(scores, impact);
  if (context.security) {
    const level = securityLevel(scores);
    const confidence = level === 'suspicious' ? 0.6 : 0.85;
    return { priority: SECURITY_PRIORITY[level], impact, urgency, security: level, confidence, carriesUrgency: told };
  }
  if (scores.noRush >= CLEAR) return { priority: 'low', impact, urgency: 'request', security: null, confidence: 0.8, carriesUrgency: told };
  const priority = matrix(impact, urgency, scores, context);
  const decided = priority === 'critical' || (priority === 'high' && impact !== 'user') || urgency === 'request';
  const confidence = decided ? 0.8 : urgency === 'none' ? 0.4 : 0.6;
  return { priority, impact, urgency, security: null, confidence, carriesUrgency: told };
}

const faultLexicons = [lexicons.fault, lexicons.stopped, lexicons.blocked, lexicons.workBlocked, lexicons.degraded];
const howToLexicon = compileLexicon(HOW_TO);

/** How strongly the words describe something wrong, as opposed to a question or a request. */
export function faultScore(tokens: readonly AnalyzedToken[]): number {
  return faultLexicons.reduce((sum, lexicon) => sum + scoreMatches(matchLexicon(tokens, lexicon), 'ignore'), negatedFunctions(tokens));
}

/** "How do I…", "can you tell me how…". */
export function isHowTo(tokens: readonly AnalyzedToken[]): boolean {
  return scoreMatches(matchLexicon(tokens, howToLexicon), 'drop') >= 4;
}

const NO_CONTEXT: PriorityContext = { security: false, coreTool: true, printing: false, lookup: false };

/** The priority alone, for callers that have no routing at hand (a ticket opened with a typed description). */
export function ticketPriority(text: string, context: PriorityContext = NO_CONTEXT): TicketPriority {
  return assessPriority(text, context).priority;
}
