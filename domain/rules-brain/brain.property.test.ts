import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { canHandOff, canUseTool } from '../agents/catalog';
import { parseToolArgs, TOOL_NAMES, type ToolName } from '../agents/tools';
import { createFakeTools, FAKE_CONTACT, playCall, silence, type PlayedCall } from '../../tests/support/fake-call-tools';
import { isGatherPhase } from './brain';
import type { CallerInput, RulesStep } from './types';
import { DEFAULT_UE_CODE_PATTERN } from '../language/ue-code';

/** A mix of what callers say and do, good and bad, to throw at the brain in any order. */
const UTTERANCES = [
  'UE 1042',
  'u e one oh four two',
  'UE 9999',
  'yes',
  'no',
  'nope still broken',
  'yes that fixed it',
  'maybe',
  'my printer is jammed',
  'outlook is not syncing',
  'the wifi keeps dropping',
  'all our files are encrypted',
  'let me talk to a person',
  'call me back tomorrow',
  'bye',
  'no thanks',
  'open a ticket',
  "what's the status of ticket 10042",
  'what devices do we have',
  'I forgot my password',
  'hold on',
  'say that again',
  "I don't know",
  'banana',
  '',
  'um',
  'it is still not working and the whole office is down',
  'the label printer prints blank labels',
];

const inputArb: fc.Arbitrary<CallerInput> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...UTTERANCES).map((text): CallerInput => ({ kind: 'speech', text })) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('1042#', '0', '1', '2', '9', '831042', '10042').map((digits): CallerInput => ({ kind: 'dtmf', digits })),
  },
  { weight: 1, arbitrary: fc.constant(silence) },
);

const callArb = fc.record({
  inputs: fc.array(inputArb, { maxLength: 14 }),
  knownCaller: fc.boolean(),
  humansAvailable: fc.boolean(),
  failing: fc.subarray([...TOOL_NAMES] as ToolName[], { maxLength: 3 }),
});

type Scenario = typeof callArb extends fc.Arbitrary<infer T> ? T : never;

function play({ inputs, knownCaller, humansAvailable, failing }: Scenario): PlayedCall {
  const tools = createFakeTools({ humansAvailable, failing });
  return playCall({ pattern: DEFAULT_UE_CODE_PATTERN, callerPhone: knownCaller ? FAKE_CONTACT.phone : '+15550000000' }, inputs, tools);
}

/** Steps where the brain had something to do (not ignoring input after the end). */
const active = (steps: readonly RulesStep[]) => steps.filter((step) => step.actions.length > 0);

test('property: a caller is never left in silence — every wait for the caller ends with say + gather', () => {
  fc.assert(
    fc.property(callArb, (scenario) => {
      for (const step of active(play(scenario).steps)) {
        const last = step.actions.at(-1);
        const phase = step.state.phase;
        if (phase === 'ended') assert.ok(last?.type === 'hangup' || last?.type === 'transfer');
        else if (isGatherPhase(phase)) {
          assert.equal(last?.type, 'gather');
          assert.equal(step.actions.at(-2)?.type, 'say');
        } else assert.ok(last?.type === 'tool' || (step.actions.length === 1 && last?.type === 'say'));
      }
    }),
    { numRuns: 300 },
  );
});

test('property: handoffs and tool calls follow the agent catalog, and tool arguments validate', () => {
  fc.assert(
    fc.property(callArb, (scenario) => {
      let agent: Parameters<typeof canHandOff>[0] = 'triage';
      for (const action of play(scenario).actions) {
        if (action.type === 'handoff') {
          assert.ok(canHandOff(agent, action.to), `${agent} -> ${action.to}`);
          agent = action.to;
        }
        if (action.type === 'tool') {
          assert.ok(canUseTool(agent, action.call.name), `${agent} may not call ${action.call.name}`);
          const parsed = parseToolArgs(action.call.name, action.call.args);
          assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('property: state stays plain JSON', () => {
  fc.assert(
    fc.property(callArb, (scenario) => {
      for (const step of play(scenario).steps) assert.deepEqual(JSON.parse(JSON.stringify(step.state)), step.state);
    }),
    { numRuns: 150 },
  );
});

test('property: whatever happened before, a silent caller is let go within five silences', () => {
  fc.assert(
    fc.property(callArb, (scenario) => {
      const played = play({ ...scenario, inputs: [...scenario.inputs, silence, silence, silence, silence, silence] });
      assert.equal(played.last.state.phase, 'ended');
    }),
    { numRuns: 200 },
  );
});

test('property: the code is asked for a bounded number of times', () => {
  fc.assert(
    fc.property(callArb, (scenario) => {
      // Repeats the caller asked for ("say that again", a stray key) are theirs, not the brain's.
      const repeatsOnRequest = /^(Are you still there|Sure\.|Sorry, please tell me in words)/;
      const prompts = play(scenario).heard.filter((line) => /U E code|digits of your code/.test(line) && !repeatsOnRequest.test(line));
      assert.ok(prompts.length <= 4, prompts.join(' | '));
    }),
    { numRuns: 300 },
  );
});
