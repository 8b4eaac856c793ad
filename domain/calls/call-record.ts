import type { KbCategory } from '../kb/categories';

/** Everything the CallWorkflow hands to post-call processing: plain JSON, independent of the DB schema. */
export interface TranscriptLine {
  role: 'caller' | 'agent' | 'system';
  agent: string;
  text: string;
  /** Epoch milliseconds (workflow time). */
  at: number;
  /** For a caller's line: how they sounded in it. */
  sentiment?: { label: 'positive' | 'neutral' | 'negative'; score: number; frustration: number };
}

export interface ToolCallRecord {
  name: string;
  args: unknown;
  ok: boolean;
  at: number;
}

export interface AgentInteractionRecord {
  agent: string;
  startedAt: number;
  endedAt?: number;
  turns: number;
  toolCalls: ToolCallRecord[];
  handoffTo?: string;
  outcome?: string;
}

export interface AiUsageRecord {
  provider: string;
  model: string;
  purpose: string;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
}

export type CallOutcome = 'resolved' | 'ticket_created' | 'escalated' | 'callback_scheduled' | 'unresolved' | 'abandoned';

export interface CallAnalysis {
  summary: string;
  category: KbCategory;
  sentiment: 'positive' | 'neutral' | 'negative';
  sentimentScore: number;
  /** 0..1: the caller's frustration at its highest during the call. */
  frustration?: number;
  intent: string;
  topics: string[];
  keywords: string[];
  usage?: AiUsageRecord;
}

/** Who answers the caller: the offline rules, a chat model turn by turn, or speech to speech over the Realtime API. */
export type CallBrain = 'rules' | 'text' | 'realtime';

export interface CallRecord {
  callSid: string;
  workflowId: string;
  direction: 'inbound' | 'outbound';
  from: string;
  to: string;
  organizationId?: string;
  contactId?: string;
  startedAt: number;
  endedAt: number;
  status: 'completed' | 'abandoned' | 'failed' | 'transferred' | 'no_answer' | 'busy';
  durationSeconds: number;
  outcome: CallOutcome;
  escalated: boolean;
  escalationReason?: string;
  ticketId?: string;
  brain: CallBrain;
  finalAgent: string;
  transcript: TranscriptLine[];
  interactions: AgentInteractionRecord[];
  aiUsage: AiUsageRecord[];
  /** From Twilio's status callback; the price comes later, from the Call resource (the rollups settle it). */
  twilio?: { durationSeconds?: number; status: string };
}
