/** Record shapes as the API returns them (see api/ DTOs); views type their records with these. */
import type { Identifier } from 'react-admin';

export type { TicketPriority as TicketPriorityCode, TicketStatus as TicketStatusCode } from '../../domain/tickets/codes';
import type { TicketPriority as TicketPriorityCode, TicketStatus as TicketStatusCode } from '../../domain/tickets/codes';
export type { CallbackStatus } from '../../domain/callbacks/status';
import type { CallbackStatus } from '../../domain/callbacks/status';
export type { CallOutcome } from '../../domain/calls/call-record';
import type { CallOutcome } from '../../domain/calls/call-record';
export type { ActivityGranularity, ActivityPoint } from '../../domain/analytics/activity';
export type CallStatus = 'in_progress' | 'completed' | 'abandoned' | 'failed' | 'transferred' | 'no_answer' | 'busy';
export type Sentiment = 'positive' | 'neutral' | 'negative';

export interface Organization {
  id: Identifier;
  name: string;
  ueCode: string;
  industry: string | null;
  domain: string | null;
  phone: string | null;
  timezone: string;
  isVip: boolean;
  active: boolean;
  notes: string | null;
  accountManagerName: string | null;
  contactCount: number;
  deviceCount: number;
  locationCount: number;
  ticketCount: number;
}

export interface Contact {
  id: Identifier;
  organizationId: number;
  organizationName: string;
  name: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string;
  mobilePhone: string | null;
  title: string | null;
  isPrimary: boolean;
  active: boolean;
}

export interface TicketMessage {
  id: number;
  authorType: 'customer' | 'agent' | 'bot' | 'system';
  authorName: string | null;
  visibility: 'public' | 'internal';
  body: string;
  createdAt: string;
}

export interface TicketEscalation {
  id: number;
  level: number;
  reason: string | null;
  trigger: string;
  fromAgentName: string | null;
  toAgentName: string | null;
  notifiedTarget: string | null;
  acknowledgedAt: string | null;
  createdAt: string;
}

export interface TicketAssignment {
  id: number;
  agentId: number;
  agentName: string;
  assignedByName: string | null;
  reason: string | null;
  createdAt: string;
}

export interface Ticket {
  id: Identifier;
  subject: string;
  description: string | null;
  category: string | null;
  statusCode: TicketStatusCode;
  statusName: string;
  priorityCode: TicketPriorityCode;
  priorityName: string;
  organizationId: number | null;
  organizationName: string | null;
  isVip: boolean;
  contactId: number | null;
  contactName: string | null;
  contactPhone: string | null;
  assignedAgentId: number | null;
  agentName: string | null;
  callLogId: number | null;
  source: string;
  escalationLevel: number;
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  resolution: string | null;
  workflowId: string | null;
  slaPaused: boolean;
  slaBreached: boolean;
  createdAt: string;
  updatedAt: string;
  messages?: TicketMessage[];
  escalations?: TicketEscalation[];
  assignments?: TicketAssignment[];
  linkedCallIds?: number[];
}

export interface TranscriptLine {
  role: string;
  agent?: string | null;
  text: string;
  at?: string | null;
}

export interface AgentInteraction {
  id: number;
  agentName: string;
  startedAt: string;
  endedAt: string | null;
  turns: number;
  toolCalls: Array<{ name: string; ok?: boolean }>;
  handoffTo: string | null;
  outcome: string | null;
}

/** A warm transfer under way or done (a call in progress only). */
export interface CallTransfer {
  to: string;
  technician?: { supportAgentId: number; name: string };
  status: 'dialing' | 'connected' | 'failed';
}

export interface Call {
  id: Identifier;
  callSid: string;
  workflowId: string | null;
  direction: 'inbound' | 'outbound';
  callerPhone: string | null;
  organizationId: number | null;
  organizationName: string | null;
  contactId: number | null;
  contactName: string | null;
  startedAt: string;
  endedAt: string | null;
  durationSeconds: number | null;
  status: CallStatus;
  aiResolution: boolean;
  wasEscalated: boolean;
  callSummary: string | null;
  sentiment: Sentiment | null;
  sentimentScore: number | null;
  category: string | null;
  ticketId: number | null;
  ticketSubject: string | null;
  brain: string;
  finalAgent: string | null;
  /** How it ended for the caller, once analysed. */
  outcome: CallOutcome | null;
  /** Set when the API read the call from its running workflow (GET /calls/:id of a call in progress). */
  live?: boolean;
  currentAgent?: string;
  problem?: string | null;
  transfer?: CallTransfer | null;
  transcript?: TranscriptLine[];
  interactions?: AgentInteraction[];
  analysis?: { intent: string | null; topics: string[]; keywords: string[]; resolutionStatus: string | null } | null;
  usage?: { aiCostUsd: number; twilioCostUsd: number; promptTokens: number; completionTokens: number };
}

export interface Callback {
  id: Identifier;
  phone: string;
  reason: string | null;
  scheduledFor: string;
  status: CallbackStatus;
  attempts: number;
  maxAttempts: number;
  organizationName: string | null;
  contactName: string | null;
  ticketId: number | null;
  ticketSubject: string | null;
}

export interface DashboardOverview {
  generatedAt: string;
  calls: { today: number; last7Days: number; inProgress: number; avgDurationSeconds: number | null; aiResolutionRate: number | null };
  escalations: { calls7Days: number; tickets7Days: number };
  tickets: {
    open: number;
    openByPriority: Record<TicketPriorityCode, number>;
    openByStatus: Record<string, number>;
    slaBreaches: number;
    overdue: number;
    createdToday: number;
  };
  sentiment: { positive: number; neutral: number; negative: number; unknown: number };
  costs7Days: { aiUsd: number; twilioUsd: number };
  /** 'rollup': from daily_metrics; 'live': today, or a day not rolled up yet. */
  callsPerDay: Array<{ date: string; calls: number; aiResolved: number; escalated: number; source: 'rollup' | 'live' }>;
  recentCalls: Call[];
}

/** A ranked knowledge-base article from `POST /ai/search-kb`; the KB list shows these while searching. */
export interface KbSearchHit {
  id: number;
  slug: string;
  title: string;
  category: string;
  keywords: string[];
  steps: string[];
  escalateWhen: string;
  updatedAt: string;
  score: number;
  matchedTerms: string[];
  snippet: { field: 'title' | 'symptoms' | 'keywords' | 'steps'; text: string };
}

export interface SuggestedAction {
  title: string;
  detail: string;
  kbArticle?: { id: number; slug: string; title: string };
}

/** `POST /ai/suggest`: next steps for a ticket or a call, citing the articles it returns. */
export interface Suggestions {
  subject: { type: 'ticket' | 'call'; id: number };
  actions: SuggestedAction[];
  articles: KbSearchHit[];
  brain: 'rules' | 'model';
}

export interface CustomerCosts {
  organizationId: number;
  organizationName: string;
  calls: number;
  tickets: number;
  resolvedByAi: number;
  escalated: number;
  slaMet: number;
  slaBreaches: number;
  satisfaction: number | null;
  aiCostUsd: number;
  twilioCostUsd: number;
  costPerCallUsd: number | null;
}

/** `GET /dashboard/costs?month=YYYY-MM`: the month's days and customers, from the rollups. */
export interface CostsReport {
  month: string;
  days: Array<{ date: string; calls: number; aiCostUsd: number; twilioCostUsd: number; source: 'rollup' | 'live' }>;
  totals: { calls: number; aiCostUsd: number; twilioCostUsd: number; costPerCallUsd: number | null };
  customers: CustomerCosts[];
  customersRolledUpAt: string | null;
}

/** A change pushed by the API over `WS /events`. */
export interface LiveEvent {
  type: string;
  entity: string;
  id: number | string;
  data?: unknown;
  /** Its place in the API's events log, when the API keeps one: a reconnecting panel asks for what came after. */
  eventId?: number | string;
}

export interface AccountManager {
  id: Identifier;
  name: string;
  email: string;
  phone: string | null;
  organizationCount: number;
}

export interface Domain {
  id: Identifier;
  organizationId: number;
  organizationName: string;
  name: string;
  registrar: string | null;
  expiresAt: string | null;
  dnsProvider: string | null;
  emailProvider: string | null;
}

/** Who uses which device. */
export interface ContactDevice {
  id: Identifier;
  contactId: number;
  deviceId: number;
  organizationId: number;
  isPrimary: boolean;
  contactName: string;
  deviceName: string;
  deviceTypeName: string;
}
