/*
 * The simulated caller once a scenario's own turns are said: someone whose problem is not fixed
 * by anything suggested, who does not know their codes, and who leaves as soon as they may. That
 * drives every call to its ticket (so its priority can be read) or its transfer, whichever brain
 * answers. Matches the meaning of the agent's question, not one brain's exact wording.
 */

export type CallerMove = { kind: 'say'; text: string } | { kind: 'hang-up' };

export interface FollowUpState {
  /** The scenario's first turn: what a caller repeats when asked what the ticket should say. */
  problem: string;
  /** Follow-up turns already taken, against a runaway conversation. */
  taken: number;
  /** Open questions answered with "not sure" so far. */
  unsure: number;
}

export const MAX_FOLLOW_UP_TURNS = 10;
const MAX_UNSURE = 2;

const say = (text: string): CallerMove => ({ kind: 'say', text });

const RULES: ReadonlyArray<{ asks: RegExp; answer: (state: FollowUpState) => CallerMove }> = [
  { asks: /anything else|what else|something else/i, answer: () => say("no that's all thanks bye") },
  { asks: /\bis that right\b|\bis .* right\?/i, answer: () => say('no that is not right') },
  { asks: /\b(code|keypad)\b/i, answer: () => say("sorry i don't know it") },
  { asks: /ticket('s)? number|number .* digit at a time/i, answer: () => say("sorry i don't have it") },
  { asks: /what should the ticket say|describe|in a sentence/i, answer: (state) => say(state.problem) },
  { asks: /\b(fix|fixed|help|helped|work|worked|working|sort|sorted|solve|solved)\b.*\?/i, answer: () => say("no it's still not working") },
  { asks: /call (you )?back/i, answer: () => say('no thanks') },
  { asks: /yes or no/i, answer: () => say('no') },
];

/** What the caller says next, given everything the agent just said, and the state after it. */
export function nextCallerMove(agentLines: readonly string[], state: FollowUpState): { move: CallerMove; state: FollowUpState } {
  if (state.taken >= MAX_FOLLOW_UP_TURNS) return { move: { kind: 'hang-up' }, state };
  const taken = { ...state, taken: state.taken + 1 };
  const last = agentLines.at(-1) ?? '';
  const rule = RULES.find((candidate) => candidate.asks.test(last));
  if (rule) return { move: rule.answer(state), state: taken };
  if (last.trim().endsWith('?') && state.unsure < MAX_UNSURE) {
    return { move: say("i'm not sure, it's just not working"), state: { ...taken, unsure: state.unsure + 1 } };
  }
  return { move: say("no that's all thanks bye"), state: taken };
}
