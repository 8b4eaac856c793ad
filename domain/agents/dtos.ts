import type { TicketStatus } from '../tickets/codes';
import type { KbCategory } from '../kb/categories';
import type { AgentName, SpecialistName } from './names';
import type { TicketPriority } from '../tickets/codes';

/*
 * What tools return. These are plain JSON shapes (ids as strings) rather than database
 * model types, so workflow histories stay replayable when the schema changes.
 */

export interface OrganizationDto {
  id: string;
  name: string;
  /** Canonical form, e.g. `UE-1042`. */
  ueCode: string;
}

export interface ContactDto {
  id: string;
  name: string;
  phone: string;
  email: string | null;
  /** The contact's organisation when known; a phone match then identifies both. */
  organization: OrganizationDto | null;
}

export interface DeviceDto {
  id: string;
  hostname: string;
  /** e.g. laptop, desktop, printer, phone, router. */
  type: string;
  os: string | null;
  status: string | null;
  organizationId: string;
  contactId: string | null;
  serialNumber: string | null;
  /** ISO-8601 timestamp of the last check-in, when the RMM reports one. */
  lastSeen: string | null;
}

export interface KbArticleDto {
  slug: string;
  title: string;
  category: KbCategory;
  /** One short, speakable instruction each, in order. */
  steps: string[];
  /** When a technician should take over instead of the caller. */
  escalateWhen: string;
  /** How well it matched the search (the ranking's score; higher is better): routing weighs strong matches. */
  score?: number;
}

export interface TicketSummary {
  /** The human-facing ticket number, digits only (e.g. `10042`): it is read out to callers. */
  id: string;
  status: TicketStatus;
  priority: TicketPriority;
  subject: string;
}

export interface EscalationDto {
  /** False when nobody can take the call now; the brain then offers a callback. */
  accepted: boolean;
  /** Where the call is being transferred, for the transcript. */
  destination: string | null;
  /** The call's ticket, which the technician who answers (or calls back) picks up. */
  ticket: TicketSummary;
}

export interface CallbackDto {
  scheduled: boolean;
  /** The time as agreed, in words the agent can repeat ("tomorrow morning"). */
  when: string | null;
}

/** One of the caller's earlier calls: enough for "I see you called about the printer yesterday". */
export interface PastCallDto {
  /** ISO-8601. */
  startedAt: string;
  category: string | null;
  summary: string | null;
  outcome: 'resolved' | 'ticket_created' | 'escalated' | 'callback_scheduled' | 'unresolved' | 'abandoned' | null;
  ticketId: string | null;
}

export interface HandoffDto {
  to: AgentName;
}

/** The rubric's reading of what the caller said (the `classify` tool; `POST /ai/classify` answers the same shape). */
export interface ClassificationDto {
  agent: SpecialistName | 'human';
  category: KbCategory;
  priority: TicketPriority;
  sentiment: { label: 'positive' | 'neutral' | 'negative'; score: number; frustration: number };
  confidence: { agent: number; priority: number };
}
