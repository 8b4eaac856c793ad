import type { CallbackDto, EscalationDto } from '../agents/tools';
import { ask, callTool, hangUp, sayAction } from './core';
import { readTimeRequest } from '../language/time-request';
import { say } from './phrases';
import type { RulesState, RulesStep } from './types';

/* Getting a person: a live transfer when someone is free, a call back when not. */

export function startEscalation(state: RulesState, reason: string, lines: readonly string[] = [say.escalating()]): RulesStep {
  return callTool(state, 'escalating', { name: 'escalate_to_human', args: { reason } }, lines.map(sayAction));
}

export function onEscalation(state: RulesState, result: EscalationDto | null): RulesStep {
  if (result?.accepted) {
    return {
      state: { ...state, phase: 'ended' },
      actions: [sayAction(say.transferring()), { type: 'transfer', reason: state.problem ?? 'Caller asked for a person' }],
    };
  }
  return ask(state, 'offering_callback', say.nobodyFree());
}

/** The caller's words when they say when to call back ("tomorrow after 3"): the tool reads the time from them. */
export function extractCallbackTime(text: string): string | undefined {
  return readTimeRequest(text) === null ? undefined : text.trim();
}

export function startCallback(state: RulesState, when: string | undefined): RulesStep {
  const reason = state.problem ?? 'Caller asked for a call back';
  const args = when === undefined ? { reason } : { reason, when };
  return callTool(state, 'scheduling_callback', { name: 'schedule_callback', args }, [sayAction(say.bookingCallback())]);
}

export function onCallbackScheduled(state: RulesState, result: CallbackDto | null): RulesStep {
  if (result?.scheduled) return hangUp(state, [say.callbackBooked(result.when), say.goodbye()]);
  return hangUp(state, [say.callbackFailed(), say.goodbye()]);
}
