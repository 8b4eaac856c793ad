import type { CallbackDto, EscalationDto } from '../agents/tools';
import { ask, callTool, hangUp, sayAction } from './core';
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

const CALLBACK_TIMES: readonly RegExp[] = [
  /\b(this|tomorrow) (morning|afternoon|evening)\b/,
  /\bin (an?|one|two|three|four|half an|\d+) (hour|hours|minutes?)\b/,
  /\b(after|before|around|at|by) \d{1,2}(:\d{2})? ?(am|pm|a\.m\.|p\.m\.|o'?clock)?/,
  /\b(after|before|around|at|by) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|lunch)( ?(am|pm|o'?clock))?\b/,
  /\b(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)( (morning|afternoon|evening))?\b/,
  /\b(end of (the )?day|later today|tomorrow|tonight|today|later)\b/,
];

/** When the caller wants the call, in their words ("after 3 pm"), if they said. */
export function extractCallbackTime(text: string): string | undefined {
  const lower = text.toLowerCase();
  for (const pattern of CALLBACK_TIMES) {
    const match = pattern.exec(lower);
    if (match) return match[0].trim();
  }
  return undefined;
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
