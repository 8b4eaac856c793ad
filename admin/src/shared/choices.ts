import { TICKET_PRIORITIES, TICKET_STATUSES } from '../../../domain/tickets/codes';
import type { TicketPriorityCode, TicketStatusCode } from '../types';

/** Select choices and display colours shared by lists, filters, chips and forms. */
type ChipColor = 'default' | 'primary' | 'secondary' | 'error' | 'info' | 'success' | 'warning';

export interface Choice {
  id: string;
  name: string;
  color: ChipColor;
}

const ticketStatusLabels: Record<TicketStatusCode, Omit<Choice, 'id'>> = {
  open: { name: 'Open', color: 'info' },
  assigned: { name: 'Assigned', color: 'primary' },
  in_progress: { name: 'In progress', color: 'secondary' },
  waiting_on_customer: { name: 'Waiting on customer', color: 'warning' },
  resolved: { name: 'Resolved', color: 'success' },
  closed: { name: 'Closed', color: 'default' },
};

const ticketPriorityLabels: Record<TicketPriorityCode, Omit<Choice, 'id'>> = {
  low: { name: 'Low', color: 'default' },
  medium: { name: 'Medium', color: 'info' },
  high: { name: 'High', color: 'warning' },
  critical: { name: 'Critical', color: 'error' },
};

export const ticketStatusChoices: Choice[] = TICKET_STATUSES.map((id) => ({ id, ...ticketStatusLabels[id] }));
export const ticketPriorityChoices: Choice[] = TICKET_PRIORITIES.map((id) => ({ id, ...ticketPriorityLabels[id] }));

export const callStatusChoices: Choice[] = [
  { id: 'in_progress', name: 'In progress', color: 'info' },
  { id: 'completed', name: 'Completed', color: 'success' },
  { id: 'transferred', name: 'Transferred', color: 'secondary' },
  { id: 'abandoned', name: 'Abandoned', color: 'warning' },
  { id: 'no_answer', name: 'No answer', color: 'default' },
  { id: 'busy', name: 'Busy', color: 'default' },
  { id: 'failed', name: 'Failed', color: 'error' },
];

export const callOutcomeChoices: Choice[] = [
  { id: 'resolved', name: 'Resolved', color: 'success' },
  { id: 'ticket_created', name: 'Ticket opened', color: 'info' },
  { id: 'escalated', name: 'Escalated', color: 'warning' },
  { id: 'callback_scheduled', name: 'Callback booked', color: 'secondary' },
  { id: 'unresolved', name: 'Unresolved', color: 'default' },
  { id: 'abandoned', name: 'Abandoned', color: 'default' },
];

export const sentimentChoices: Choice[] = [
  { id: 'positive', name: 'Positive', color: 'success' },
  { id: 'neutral', name: 'Neutral', color: 'default' },
  { id: 'negative', name: 'Negative', color: 'error' },
];

export const callbackStatusChoices: Choice[] = [
  { id: 'scheduled', name: 'Scheduled', color: 'info' },
  { id: 'dialing', name: 'Dialing', color: 'secondary' },
  { id: 'completed', name: 'Completed', color: 'success' },
  { id: 'failed', name: 'Failed', color: 'error' },
  { id: 'cancelled', name: 'Cancelled', color: 'default' },
];

export const deviceStatusChoices: Choice[] = [
  { id: 'active', name: 'Active', color: 'success' },
  { id: 'in_repair', name: 'In repair', color: 'warning' },
  { id: 'inactive', name: 'Inactive', color: 'default' },
  { id: 'retired', name: 'Retired', color: 'default' },
];

export const kbCategoryChoices: Choice[] = ['printer', 'email', 'network', 'computer', 'phone', 'security', 'device', 'account'].map(
  (id) => ({ id, name: id[0]?.toUpperCase() + id.slice(1), color: 'default' as const }),
);

export const roleChoices: Choice[] = [
  { id: 'admin', name: 'Admin', color: 'error' },
  { id: 'supervisor', name: 'Supervisor', color: 'primary' },
  { id: 'agent', name: 'Agent', color: 'default' },
];

export const agentKindChoices: Choice[] = [
  { id: 'human', name: 'Human', color: 'primary' },
  { id: 'bot', name: 'Bot', color: 'secondary' },
];

export const agentRoleChoices: Choice[] = [
  { id: 'technician', name: 'Technician', color: 'default' },
  { id: 'supervisor', name: 'Supervisor', color: 'primary' },
  { id: 'account_manager', name: 'Account manager', color: 'default' },
  { id: 'on_call', name: 'On call', color: 'warning' },
];

export function choiceOf(choices: Choice[], id: string | null | undefined): Choice | undefined {
  return choices.find((choice) => choice.id === id);
}
