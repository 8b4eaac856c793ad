import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CallBrain, TranscriptLine } from '../../domain/calls/call-record';
import type { AgentName } from '../../domain/agents/names';
import type { ToolCall } from '../../domain/agents/tools';
import type { TicketPriority } from '../../domain/tickets/codes';

/**
 * The CallWorkflow's contract: imported by the voice edge, the API and tests without pulling in
 * workflow or activity code.
 */
export interface CallStartInput {
  callSid: string;
  from: string;
  to: string;
  direction: 'inbound' | 'outbound';
  brain: CallBrain;
  ueCodePattern: string;
  transferNumber: string;
  /** Set when this call is a kept callback, dialled by its CallbackWorkflow. */
  callback?: { callbackId: number; ticketId?: number; reason: string };
}

/** How a transfer's <Dial> ended (Twilio's DialCallStatus). */
export type DialOutcome = 'completed' | 'answered' | 'busy' | 'no-answer' | 'failed' | 'canceled';

export type CallerTurn =
  | { turn: number; kind: 'start' }
  | { turn: number; kind: 'speech'; text: string; confidence?: number }
  | { turn: number; kind: 'dtmf'; digits: string }
  | { turn: number; kind: 'silence' }
  /** Twilio fetched new instructions because the workflow redirected the live call (take-over, end). */
  | { turn: number; kind: 'redirect' }
  /** A warm transfer's <Dial> ended: connected, or nobody took the call. */
  | { turn: number; kind: 'dialResult'; outcome: DialOutcome };

export interface TurnReply {
  turn: number;
  say: string[];
  /** `stream`: connect the call's audio to the realtime brain (Twilio Media Streams). */
  next: 'gather' | 'transfer' | 'hangup' | 'stream';
  /** For a transfer: the number to dial; the person who answers hears the call's briefing first. */
  transferTo?: string;
}

export type CallEndStatus = 'completed' | 'busy' | 'failed' | 'no-answer' | 'canceled';

/** What Twilio's status callback tells us when a call ends (it carries no price: see voice-edge/twilio-params.ts). */
export interface CallEnded {
  status: CallEndStatus;
  durationSeconds?: number;
}

export interface CallSnapshot {
  callSid: string;
  startedAt: number;
  callerPhone: string;
  agent: string;
  organizationId?: number;
  organizationName?: string;
  contactId?: number;
  contactName?: string;
  ticketId?: number;
  problem?: string;
  brain: CallBrain;
  escalated: boolean;
  /** A warm transfer under way or done: to whom, and how it went. */
  transfer?: TransferState;
  ended: boolean;
  /** How urgent the call's problem is, as the brain assessed it (the priority its ticket gets). */
  priority?: TicketPriority;
  transcript: TranscriptLine[];
}

export interface TransferState {
  to: string;
  /** The technician being dialled, when a supervisor named one. */
  technician?: { supportAgentId: number; name: string };
  status: 'dialing' | 'connected' | 'failed';
}

/** A supervisor's action on a live call: who did it goes into the call's timeline. */
export interface SteeringBy {
  by: string;
}

export const callerTurnUpdate = defineUpdate<TurnReply, [CallerTurn]>('callerTurn');
export const callEndedSignal = defineSignal<[CallEnded]>('callEnded');
export const callSnapshotQuery = defineQuery<CallSnapshot>('callSnapshot');
/** What the technician hears before being connected: who, from where, the problem, what was tried, the ticket. */
export const transferBriefingQuery = defineQuery<string | null>('transferBriefing');

/** A note the agent takes into account from its next turn ("this is a VIP, escalate early"). */
export const whisperUpdate = defineUpdate<CallSnapshot, [SteeringBy & { note: string }]>('whisper');
/** Transfer the caller to a named technician now, with a briefing. */
export const takeOverUpdate = defineUpdate<CallSnapshot, [SteeringBy & { supportAgentId: number }]>('takeOver');
/** End the call politely. */
export const endCallUpdate = defineUpdate<CallSnapshot, [SteeringBy]>('endCall');

/** The agent the realtime session speaks as, and what the call has established (for its instructions). */
export interface RealtimeAgentContext {
  agent: AgentName;
  facts: string[];
}

/**
 * A function call the realtime model made, checked at the edge (the boundary where model output
 * enters): the call, or why it cannot run. `callId` is the model's, so a retry is the same Update.
 */
export type RealtimeToolRequest = { callId: string } & ({ ok: true; call: ToolCall } | { ok: false; name: string; error: string });

export interface RealtimeToolReply {
  /** The function_call_output for the model (JSON). */
  output: string;
  /** Set when the call changed agent: the session's instructions and tools change with it. */
  context?: RealtimeAgentContext;
  /**
   * Set when the tool put the caller through to a person (Twilio is already fetching the <Dial>):
   * the model must not talk over the transfer, so its session ends here.
   */
  transferred?: true;
}

/** A finished transcript line of a realtime call; `itemId` is the model's, so a redelivery is recorded once. */
export interface RealtimeLine {
  itemId: string;
  role: 'caller' | 'agent';
  text: string;
}

/** Keys pressed during a stream, in order; `seq` numbers them so a retried Update changes nothing twice. */
export interface RealtimeKeys {
  seq: number;
  digits: string;
}

export interface RealtimeKeysReply {
  /** What the model is told about the keys once they make an entry (null: still collecting). */
  tellModel: string | null;
  context?: RealtimeAgentContext;
}

/** What one realtime response cost, from the model's `response.done` usage. */
export interface RealtimeUsage {
  model: string;
  inputTextTokens: number;
  inputAudioTokens: number;
  outputTextTokens: number;
  outputAudioTokens: number;
}

export const realtimeContextQuery = defineQuery<RealtimeAgentContext>('realtimeContext');
export const realtimeToolUpdate = defineUpdate<RealtimeToolReply, [RealtimeToolRequest]>('realtimeTool');
export const realtimeKeysUpdate = defineUpdate<RealtimeKeysReply, [RealtimeKeys]>('realtimeKeys');
export const realtimeLineSignal = defineSignal<[RealtimeLine]>('realtimeLine');
export const realtimeUsageSignal = defineSignal<[RealtimeUsage]>('realtimeUsage');
/** The realtime model cannot be reached or stopped answering: the call goes on in gather mode with the rules brain. */
export const realtimeFailedUpdate = defineUpdate<void, [{ reason: string }]>('realtimeFailed');

/** Business key → workflow id: a retried webhook finds the same workflow. */
export function callWorkflowId(callSid: string): string {
  return `call-${callSid}`;
}
