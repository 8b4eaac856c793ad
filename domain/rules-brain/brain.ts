import { readProblem } from '../language/classify';
import { analyzeUtterance } from '../language/intents';
import { ask, hangUp, initialRulesMemory, sayAction } from './core';
import { greet, onCodeConfirmation, onCodeKeys, onCodeSpeech, onKeypadSilence, onKeypadSpeech } from './identify';
import { onTicketNumber } from './lookup';
import { extractCallbackTime, startCallback, startEscalation } from './people';
import { say } from './phrases';
import { onAnythingElse, onProblem, onTroubleshooting } from './problem';
import { createTicket, onTicketDetails } from './tickets';
import { onToolInput } from './tool-results';
import {
  isGatherPhase,
  type CallerInput,
  type GatherPhase,
  type RulesFacts,
  type RulesInput,
  type RulesMemory,
  type RulesPhase,
  type RulesStartOptions,
  type RulesState,
  type RulesStep,
  type RulesTurn,
} from './types';
import { parseUeCode } from '../language/ue-code';

export type {
  BrainAction,
  CallerInput,
  GatherPhase,
  RulesFacts,
  RulesInput,
  RulesMemory,
  RulesPhase,
  RulesStartOptions,
  RulesState,
  RulesStep,
  RulesTurn,
  ToolPhase,
  ToolResultInput,
} from './types';
export { TOOL_PHASES, isGatherPhase } from './types';

/*
 * The offline brain: a pure state machine over plain-JSON memory. The workflow feeds it what
 * the caller did (or what a tool returned) with the call's facts, carries out the actions it
 * returns, in order, and applies the facts it changed.
 */

const FACT_NAMES = [
  'callerPhone',
  'organization',
  'contact',
  'problem',
  'category',
  'priority',
  'ticket',
  'resolved',
  'lastCall',
] as const satisfies readonly (keyof RulesFacts)[];

/** Splits a handler's result into the brain's memory and the facts it changed. */
function toTurn(facts: RulesFacts, step: RulesStep): RulesTurn {
  const memory: Partial<RulesState> = { ...step.state };
  const changed: Partial<RulesFacts> = {};
  for (const name of FACT_NAMES) {
    if (step.state[name] !== facts[name]) Object.assign(changed, { [name]: step.state[name] });
    delete memory[name];
  }
  return { memory: memory as RulesMemory, facts: changed, actions: step.actions };
}

/** The first words of a call, once the call has looked the caller up by phone. */
export function rulesStart(facts: RulesFacts, options: RulesStartOptions = {}): RulesTurn {
  return toTurn(facts, greet({ ...initialRulesMemory(options), ...facts }, [say.welcome()]));
}

const SPEECH_HANDLERS: Record<GatherPhase, (state: RulesState, text: string) => RulesStep> = {
  asking_ue_code: onCodeSpeech,
  confirming_ue_code: onCodeConfirmation,
  asking_keypad: onKeypadSpeech,
  asking_problem: onProblem,
  troubleshooting: onTroubleshooting,
  asking_ticket_details: onTicketDetails,
  asking_ticket_number: onTicketNumber,
  anything_else: onAnythingElse,
  offering_callback: onCallbackOffer,
};

function onCallbackOffer(state: RulesState, text: string): RulesStep {
  const answer = analyzeUtterance(text).answer;
  if (answer === 'yes') return startCallback(state, extractCallbackTime(text));
  if (answer === 'no' && state.ticket === null && state.problem !== null) return createTicket(state, [say.okayTicket()]);
  if (answer === 'no') return ask(state, 'anything_else', say.anythingElse(), [sayAction(say.okay())]);
  return ask(state, 'offering_callback', say.callbackYesNo());
}

/** How much fault a request for a person must describe to count as the problem too. */
const DESCRIBED_FAULT = 2;

/** Phases where "goodbye" is not an answer the phase itself understands. */
const PHASES_HANDLING_GOODBYE: readonly RulesPhase[] = ['troubleshooting', 'anything_else'];
const MAX_SILENCES = 3;

function onSilence(state: RulesState): RulesStep {
  if (state.phase === 'asking_keypad') return onKeypadSilence(state);
  const silences = state.silences + 1;
  if (silences >= MAX_SILENCES) return hangUp(state, [say.hangingUpOnSilence()]);
  const line = silences === 1 ? say.stillThere(state.lastPrompt) : say.offerCallbackOnSilence();
  return { state: { ...state, silences }, actions: [sayAction(line), { type: 'gather' }] };
}

/** Asking for a person may come with the problem ("get me a human, the whole office is offline"): its ticket carries both. */
function onPersonRequest(state: RulesState, text: string): RulesStep {
  const { analysis, assessment } = readProblem(text);
  const described =
    analysis.route !== null && (analysis.fault >= DESCRIBED_FAULT || analysis.route === 'security' || assessment.carriesUrgency);
  const problem = state.problem ?? (described ? text : null);
  const priority = described ? assessment.priority : (state.priority ?? 'medium');
  const category = state.category ?? (described ? analysis.problemCategory : null);
  return startEscalation({ ...state, problem, priority, category }, `Caller asked for a person: "${text}"`);
}

function onSpeech(state: RulesState & { phase: GatherPhase }, text: string): RulesStep {
  const analysis = analyzeUtterance(text);
  if (analysis.wantsHuman) return onPersonRequest(state, text);
  if (analysis.wantsCallback && state.phase !== 'offering_callback') return startCallback(state, extractCallbackTime(text));
  const hasContent = analysis.route !== null || parseUeCode(text, state.pattern) !== null || analysis.answer !== null;
  if (analysis.repeat && !hasContent) return { state, actions: [sayAction(say.sayAgain(state.lastPrompt)), { type: 'gather' }] };
  if (analysis.goodbye && analysis.route === null && analysis.answer !== 'yes' && !PHASES_HANDLING_GOODBYE.includes(state.phase)) {
    return hangUp(state, [say.goodbye()]);
  }
  return SPEECH_HANDLERS[state.phase](state, text);
}

const KEYPAD_ANSWERS: Readonly<Record<string, string>> = { '1': 'yes', '2': 'no' };
const CODE_PHASES: readonly RulesPhase[] = ['asking_ue_code', 'confirming_ue_code', 'asking_keypad'];

function onDtmf(state: RulesState & { phase: GatherPhase }, digits: string): RulesStep {
  const keys = digits.replace(/[*#]/g, '');
  if (CODE_PHASES.includes(state.phase)) return onCodeKeys(state, digits);
  if (state.phase === 'asking_ticket_number') return onTicketNumber(state, keys);
  if (keys === '0') return startEscalation(state, 'Caller pressed 0 for a person');
  const answer = KEYPAD_ANSWERS[keys];
  if (answer !== undefined) return SPEECH_HANDLERS[state.phase](state, answer);
  return { state, actions: [sayAction(say.sayItInWords(state.lastPrompt)), { type: 'gather' }] };
}

function onCaller(state: RulesState, input: CallerInput): RulesStep {
  if (!isGatherPhase(state.phase)) {
    // The caller spoke while a tool runs: acknowledge, the tool result will carry on.
    return { state, actions: input.kind === 'silence' ? [] : [sayAction(say.oneMoment())] };
  }
  const gathering = { ...state, phase: state.phase };
  if (input.kind === 'silence' || (input.kind === 'speech' && input.text.trim() === '')) return onSilence(gathering);
  const heard = { ...gathering, silences: 0 };
  return input.kind === 'dtmf' ? onDtmf(heard, input.digits) : onSpeech(heard, input.text);
}

const ESCALATION_WORDS = /\b(escalat\w*|transfer|technician|take (it|this|the call) over|a (real )?person|human)\b/i;

/**
 * A supervisor's note is followed when it asks for a person ("this is a VIP, escalate early"): the
 * caller is handed over at once, unless a tool is running (then the note waits for the next turn).
 * Other notes are for the text brain's judgement; the rules brain carries on.
 */
function onSupervisorNote(state: RulesState, text: string): RulesStep {
  if (!isGatherPhase(state.phase) || !ESCALATION_WORDS.test(text)) return { state, actions: [] };
  return startEscalation(state, `Supervisor's note: ${text}`, [say.escalatingForSupervisor()]);
}

function step(state: RulesState, input: RulesInput): RulesStep {
  if (state.phase === 'ended') return { state, actions: [] };
  if (input.kind === 'tool_result' || input.kind === 'tool_error') return onToolInput(state, input);
  if (input.kind === 'supervisor_note') return onSupervisorNote(state, input.text);
  return onCaller(state, input);
}

/** One step of the conversation. Pure: the same memory, facts and input always give the same result. */
export function rulesStep(memory: RulesMemory, facts: RulesFacts, input: RulesInput): RulesTurn {
  return toTurn(facts, step({ ...memory, ...facts }, input));
}
