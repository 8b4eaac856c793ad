import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { TranscriptLine } from '../../domain/calls/call-record';
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
  brain: 'rules' | 'text';
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
  next: 'gather' | 'transfer' | 'hangup';
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
  brain: 'rules' | 'text';
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

/** Business key → workflow id: a retried webhook finds the same workflow. */
export function callWorkflowId(callSid: string): string {
  return `call-${callSid}`;
}
