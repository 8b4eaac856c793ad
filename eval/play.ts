import { performance } from 'node:perf_hooks';
import type { TwilioCaller, TwimlTurn } from '../tools/twilio-caller';
import { nextCallerMove, type FollowUpState } from './caller-script';
import type { Scenario } from './scenarios';

/*
 * One scenario, played as Twilio plays a call: the incoming-call webhook, the scenario's turns
 * in order, then the simulated caller (caller-script.ts) until the agent transfers or hangs up,
 * then Twilio's status callback. Every request is signed and goes through the voice edge.
 */

export interface PlayedCall {
  callSid: string;
  /** Speech turns the caller took, scripted and simulated. */
  callerTurns: number;
  /** Milliseconds from each webhook sent to its TwiML received, the greeting included. */
  latenciesMs: number[];
  transferred: boolean;
  /** The call as heard: "caller: …" and "agent: …" lines in order, for reports. */
  conversation: string[];
}

/** A seeded contact of Harbor Point Dental Group: scenarios without a phone are from a known caller. */
export const DEFAULT_CALLER_PHONE = '+15551042102';

function ended(turn: TwimlTurn): boolean {
  return turn.dial !== undefined || turn.hangup || turn.gatherAction === undefined;
}

export async function playScenario(caller: TwilioCaller, scenario: Scenario): Promise<PlayedCall> {
  const latenciesMs: number[] = [];
  const conversation: string[] = [];
  const timed = async (said: string | null, send: () => Promise<TwimlTurn>): Promise<TwimlTurn> => {
    if (said !== null) conversation.push(`caller: ${said}`);
    const startedAt = performance.now();
    const turn = await send();
    latenciesMs.push(performance.now() - startedAt);
    if (turn.status !== 200) throw new Error(`the voice edge answered HTTP ${turn.status}`);
    conversation.push(...turn.say.map((line) => `agent: ${line}`));
    return turn;
  };

  let turn = await timed(null, () => caller.dial());
  let callerTurns = 0;
  for (const line of scenario.turns) {
    if (ended(turn)) break;
    turn = await timed(line, () => caller.say(line));
    callerTurns += 1;
  }
  let state: FollowUpState = { problem: scenario.turns.join(' '), taken: 0, unsure: 0 };
  while (!ended(turn)) {
    const next = nextCallerMove(turn.say, state);
    state = next.state;
    if (next.move.kind === 'hang-up') break;
    const text = next.move.text;
    turn = await timed(text, () => caller.say(text));
    callerTurns += 1;
  }
  await caller.hangUp('completed');
  return { callSid: caller.callSid, callerTurns, latenciesMs, transferred: turn.dial !== undefined, conversation };
}
