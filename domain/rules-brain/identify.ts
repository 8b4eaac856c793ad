import type { OrganizationDto } from '../agents/tools';
import { analyzeUtterance } from '../language/intents';
import { ask, callTool, sayAction } from './core';
import { say } from './phrases';
import { continueWithProblem } from './problem';
import type { RulesState, RulesStep } from './types';
import { parseUeCode, parseUeCodeDtmf } from '../language/ue-code';

/*
 * Who is calling: the phone number first, then the U-E code said aloud (read back to
 * confirm), then keyed in. Two misses by voice bring the keypad; a miss there and the call
 * carries on unidentified. It never asks a third time.
 */

const FAILURES_BEFORE_KEYPAD = 2;

/** How a category sounds in "you called about …". */
const TOPICS: Readonly<Record<string, string>> = {
  printer: 'a printer problem',
  email: 'email',
  network: 'the network',
  computer: 'your computer',
  phone: 'your phones',
  security: 'a security concern',
  device: 'a device',
  account: 'your account',
};

/** A previous call worth mentioning: within the last three days, said the way people say it. */
function recentCall(last: RulesState['lastCall']): string | null {
  if (!last || last.hoursBefore > 72) return null;
  const when = last.hoursBefore < 12 ? 'earlier today' : last.hoursBefore < 36 ? 'yesterday' : 'a couple of days ago';
  return say.calledBefore(when, (last.category && TOPICS[last.category]) ?? 'an issue', last.ticketId);
}

export function askForCode(state: RulesState, lead: readonly string[] = []): RulesStep {
  return ask(state, 'asking_ue_code', say.askCode(state.pattern), lead.map(sayAction));
}

/** Greets a caller whose organisation is known, or asks for the code. */
export function greet(state: RulesState, lead: readonly string[]): RulesStep {
  if (state.organization === null)
    return askForCode(state, [...lead, ...(state.contact ? [say.welcomeBack(state.contact.name, null)] : [])]);
  // Known before a word was said and without a contact: the line dialled named the organisation.
  const hello = state.contact
    ? say.welcomeBack(state.contact.name, state.organization.name)
    : say.organizationLine(state.organization.name);
  const before = recentCall(state.lastCall);
  return continueWithProblem(state, [...lead, hello, ...(before ? [before] : [])]);
}

function continueUnidentified(state: RulesState, lead: readonly string[] = []): RulesStep {
  return continueWithProblem({ ...state, heardUeCode: null }, [...lead, say.carryOnUnidentified()]);
}

/** One more miss: ask again, offer the keypad, or give up on the code. */
function codeMissed(state: RulesState, lead: readonly string[] = [], retry = say.askCodeAgain(state.pattern)): RulesStep {
  const failures = state.ueFailures + 1;
  const next = { ...state, ueFailures: failures, heardUeCode: null };
  if (state.keypadOffered) return continueUnidentified(next, lead);
  if (failures >= FAILURES_BEFORE_KEYPAD)
    return ask({ ...next, keypadOffered: true }, 'asking_keypad', say.askKeypad(state.pattern), lead.map(sayAction));
  return ask(next, 'asking_ue_code', retry, lead.map(sayAction));
}

function lookUp(state: RulesState, code: string): RulesStep {
  return callTool({ ...state, heardUeCode: code }, 'finding_organization', { name: 'identify_organization', args: { ueCode: code } }, [
    sayAction(say.lookingUp()),
  ]);
}

export function onCodeSpeech(state: RulesState, text: string): RulesStep {
  const code = parseUeCode(text, state.pattern);
  if (code !== null) return ask({ ...state, heardUeCode: code, unclear: 0 }, 'confirming_ue_code', say.confirmCode(code));
  const analysis = analyzeUtterance(text);
  // They described the problem instead ("I've forgotten my password"): keep it, and still ask (once more) for the code.
  if (analysis.route !== null && state.problem === null) {
    return codeMissed({ ...state, problem: text }, [say.helpFirst()], say.askCodeFirst(state.pattern));
  }
  if (analysis.dontKnow) return continueUnidentified(state);
  return codeMissed(state);
}

const MAX_UNCLEAR_CONFIRMATIONS = 2;

export function onCodeConfirmation(state: RulesState, text: string): RulesStep {
  const heard = state.heardUeCode;
  if (heard === null) return askForCode(state);
  const analysis = analyzeUtterance(text);
  const repeated = parseUeCode(text, state.pattern);
  // A correction ("no, it's 1043") is looked up straight away, so corrections cannot loop.
  if (repeated !== null && repeated !== heard) return lookUp({ ...state, ueFailures: state.ueFailures + 1 }, repeated);
  if (analysis.answer === 'yes' || repeated === heard) return lookUp(state, heard);
  if (analysis.answer === 'no') return codeMissed(state);
  // Unsure twice: the lookup itself will tell whether the code exists.
  if (state.unclear + 1 >= MAX_UNCLEAR_CONFIRMATIONS) return lookUp({ ...state, unclear: 0 }, heard);
  return ask({ ...state, unclear: state.unclear + 1 }, 'confirming_ue_code', say.confirmCodeYesNo(heard));
}

/** Keyed digits need no read-back: they were not misheard. */
export function onCodeKeys(state: RulesState, digits: string): RulesStep {
  const code = parseUeCodeDtmf(digits, state.pattern);
  if (code !== null) return lookUp(state, code);
  return state.phase === 'asking_keypad' ? continueUnidentified(state) : codeMissed(state);
}

export function onKeypadSpeech(state: RulesState, text: string): RulesStep {
  const code = parseUeCode(text, state.pattern);
  if (code !== null) return lookUp(state, code);
  const described = analyzeUtterance(text).route !== null && state.problem === null;
  return continueUnidentified(described ? { ...state, problem: text } : state);
}

export function onKeypadSilence(state: RulesState): RulesStep {
  return continueUnidentified(state);
}

export function onOrganizationFound(state: RulesState, organization: OrganizationDto | null): RulesStep {
  if (organization === null) return codeMissed(state, [say.codeNotFound()]);
  return continueWithProblem({ ...state, organization, heardUeCode: null, unclear: 0 }, [say.foundOrganization(organization.name)]);
}
