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

export type CallerTurn =
  | { turn: number; kind: 'start' }
  | { turn: number; kind: 'speech'; text: string; confidence?: number }
  | { turn: number; kind: 'dtmf'; digits: string }
  | { turn: number; kind: 'silence' };

export interface TurnReply {
  turn: number;
  say: string[];
  next: 'gather' | 'transfer' | 'hangup';
  transferTo?: string;
}

export type CallEndStatus = 'completed' | 'busy' | 'failed' | 'no-answer' | 'canceled';

export interface CallEnded {
  status: CallEndStatus;
  durationSeconds?: number;
  price?: string;
  priceUnit?: string;
}

export interface CallSnapshot {
  callSid: string;
  agent: string;
  organizationId?: number;
  contactId?: number;
  ticketId?: number;
  brain: 'rules' | 'text';
  escalated: boolean;
  ended: boolean;
  /** How urgent the call's problem is, as the brain assessed it (the priority its ticket gets). */
  priority?: TicketPriority;
  transcript: TranscriptLine[];
}

export const callerTurnUpdate = defineUpdate<TurnReply, [CallerTurn]>('callerTurn');
export const callEndedSignal = defineSignal<[CallEnded]>('callEnded');
export const callSnapshotQuery = defineQuery<CallSnapshot>('callSnapshot');

/** Business key → workflow id: a retried webhook finds the same workflow. */
export function callWorkflowId(callSid: string): string {
  return `call-${callSid}`;
}
