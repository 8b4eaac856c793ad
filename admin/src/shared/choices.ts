/** Select choices and display colours shared by lists, filters, chips and forms. */
type ChipColor = 'default' | 'primary' | 'secondary' | 'error' | 'info' | 'success' | 'warning';

export interface Choice {
  id: string;
  name: string;
  color: ChipColor;
}

export const ticketStatusChoices: Choice[] = [
  { id: 'open', name: 'Open', color: 'info' },
  { id: 'assigned', name: 'Assigned', color: 'primary' },
  { id: 'in_progress', name: 'In progress', color: 'secondary' },
  { id: 'waiting_on_customer', name: 'Waiting on customer', color: 'warning' },
  { id: 'resolved', name: 'Resolved', color: 'success' },
  { id: 'closed', name: 'Closed', color: 'default' },
];

export const ticketPriorityChoices: Choice[] = [
  { id: 'low', name: 'Low', color: 'default' },
  { id: 'medium', name: 'Medium', color: 'info' },
  { id: 'high', name: 'High', color: 'warning' },
  { id: 'critical', name: 'Critical', color: 'error' },
];

export const callStatusChoices: Choice[] = [
  { id: 'in_progress', name: 'In progress', color: 'info' },
  { id: 'completed', name: 'Completed', color: 'success' },
  { id: 'transferred', name: 'Transferred', color: 'secondary' },
  { id: 'abandoned', name: 'Abandoned', color: 'warning' },
  { id: 'no_answer', name: 'No answer', color: 'default' },
  { id: 'busy', name: 'Busy', color: 'default' },
  { id: 'failed', name: 'Failed', color: 'error' },
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
