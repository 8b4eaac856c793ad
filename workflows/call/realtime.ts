import { setHandler } from '@temporalio/workflow';
import type { OrganizationDto } from '../../domain/agents/tools';
import { lines } from '../../domain/calls/lines';
import { parseUeCodeDtmf, parseUeCodePattern } from '../../domain/language/ue-code';
import { utteranceSentiment } from '../../domain/language/sentiment';
import { realtimeCostUsd } from '../../domain/pricing';
import type { OneAtATime } from '../shared/one-at-a-time';
import type { Brains } from './brains';
import type { ToolRunner } from './conversation';
import type { LiveFeed } from './live-feed';
import {
  realtimeContextQuery,
  realtimeFailedUpdate,
  realtimeKeysUpdate,
  realtimeLineSignal,
  realtimeToolUpdate,
  realtimeUsageSignal,
  type RealtimeAgentContext,
  type RealtimeKeysReply,
  type RealtimeToolReply,
  type RealtimeToolRequest,
} from './messages';
import { liveCall } from './proxies';
import type { CallSession } from './session';
import { knownFacts } from './text-driver';

/** Longest keypad entry kept before it is read as whatever it is (a U-E code with its letters keyed is ~8). */
const MAX_KEYS = 12;

function contextOf(session: CallSession): RealtimeAgentContext {
  return { agent: session.agent, facts: knownFacts(session) };
}

/**
 * The realtime brain's memory is this workflow: the model's function calls run here as the same
 * activities gather mode runs, its transcript lines and usage are recorded here, and when it fails
 * the same workflow carries the call on in gather mode. The panel hears of each line and each
 * change a tool makes through the call's live feed, as it hears of gather turns.
 */
export function realtimeHandlers(session: CallSession, oneAtATime: OneAtATime, tools: ToolRunner, brains: Brains, feed: LiveFeed): void {
  const live = () => {
    if (session.ended) throw new Error('this call has ended');
  };
  const linesSeen = new Set<string>();
  let keys = '';

  setHandler(realtimeContextQuery, () => contextOf(session));

  const announced = <T>(work: () => Promise<T>) =>
    oneAtATime.run(async () => {
      try {
        return await work();
      } finally {
        feed.request();
      }
    });

  setHandler(realtimeToolUpdate, (request) => announced(() => runTool(session, tools, request)), { validator: (_request) => live() });

  setHandler(
    realtimeKeysUpdate,
    ({ digits }) =>
      announced(async () => {
        keys = `${keys}${digits}`.slice(-MAX_KEYS);
        const entry = completeEntry(session, keys);
        if (entry === null) return { tellModel: null };
        keys = '';
        return keyedEntry(session, tools, entry);
      }),
    { validator: (_request) => live() },
  );

  setHandler(realtimeLineSignal, ({ itemId, role, text }) => {
    const said = text.trim();
    if (session.ended || said === '' || linesSeen.has(itemId)) return;
    linesSeen.add(itemId);
    if (role === 'caller') session.heard(said, Date.now(), utteranceSentiment(said));
    else session.said(said, Date.now());
    feed.request();
  });

  setHandler(realtimeUsageSignal, (usage) => {
    session.aiUsage.push({
      provider: 'openai',
      model: usage.model,
      purpose: 'realtime',
      promptTokens: usage.inputTextTokens + usage.inputAudioTokens,
      completionTokens: usage.outputTextTokens + usage.outputAudioTokens,
      costUsd: realtimeCostUsd(usage.model, usage),
    });
  });

  setHandler(
    realtimeFailedUpdate,
    ({ reason }) =>
      announced(async () => {
        if (session.brain !== 'realtime' || session.finishing || session.ended) return;
        brains.fellBack(`realtime model unavailable (${reason})`);
        session.redirect = { say: [lines.realtimeLost()], next: 'gather' };
        await liveCall.redirectLiveCall({ callSid: session.input.callSid, turn: session.lastTurn + 1 });
      }),
    { validator: (_request) => live() },
  );
}

/** One model function call, as a gather-mode brain would run it; a handoff hands back the new agent's context. */
async function runTool(session: CallSession, tools: ToolRunner, request: RealtimeToolRequest): Promise<RealtimeToolReply> {
  const agentBefore = session.agent;
  session.lastActivityAt = Date.now();
  if (!request.ok) {
    session.toolCalled(request.name, null, false, Date.now());
    return { output: JSON.stringify({ error: request.error }) };
  }
  const result = await tools.run(request.call).catch((error: Error) => ({ error: error.message }));
  const transferred = await transferIfEscalated(session);
  const reply: RealtimeToolReply = { output: JSON.stringify(result ?? null) };
  if (session.agent !== agentBefore) reply.context = contextOf(session);
  if (transferred) reply.transferred = true;
  return reply;
}

/** The agent escalated to a person: the live call is put through to the desk (as gather mode's transfer does). */
async function transferIfEscalated(session: CallSession): Promise<boolean> {
  if (!session.escalated || session.transfer || session.redirect) return false;
  session.redirect = { say: [lines.connectingToDesk()], next: 'transfer' };
  await liveCall.redirectLiveCall({ callSid: session.input.callSid, turn: session.lastTurn + 1 });
  return true;
}

/** The keys make an entry once `#` is pressed or they read as a U-E code; null while still collecting. */
function completeEntry(session: CallSession, keys: string): string | null {
  if (keys.endsWith('#')) return keys.slice(0, -1);
  const pattern = parseUeCodePattern(session.input.ueCodePattern);
  if (session.facts.organization === null && parseUeCodeDtmf(keys, pattern) !== null) return keys;
  return keys.length >= MAX_KEYS ? keys : null;
}

/** A keyed U-E code identifies the organisation here, as in gather mode; the model hears the outcome. */
async function keyedEntry(session: CallSession, tools: ToolRunner, entry: string): Promise<RealtimeKeysReply> {
  session.heard(`(keys ${entry})`, Date.now());
  const code = parseUeCodeDtmf(entry, parseUeCodePattern(session.input.ueCodePattern));
  if (code === null || session.facts.organization !== null) {
    return { tellModel: `(The caller pressed the keys ${entry}.)`, context: contextOf(session) };
  }
  const found = (await tools.run({ name: 'identify_organization', args: { ueCode: code } }).catch(() => null)) as OrganizationDto | null;
  const tellModel = found
    ? `(The caller keyed the U-E code ${code}: the organisation is ${found.name}. Read the code back and carry on.)`
    : `(The caller keyed ${code}, but no organisation has that U-E code. Ask them to check it.)`;
  return { tellModel, context: contextOf(session) };
}
