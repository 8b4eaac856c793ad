import DoneIcon from '@mui/icons-material/Done';
import LowPriorityIcon from '@mui/icons-material/LowPriority';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import ReplayIcon from '@mui/icons-material/Replay';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { Button } from '@mui/material';
import type { ReactNode } from 'react';
import { AutocompleteInput, ListButton, ReferenceInput, required, SelectInput, TextInput, TopToolbar, useRecordContext } from 'react-admin';
import { ticketPriorityChoices } from '../shared/choices';
import { TemporalLink } from '../shared/TemporalLink';
import { FINAL_TICKET_STATUSES } from '../../../domain/tickets/codes';
import type { Ticket, TicketStatusCode } from '../types';
import type { TicketActionInput, TicketActionMethod } from '../data-provider';
import { ActionDialog } from './ActionDialog';
import { SuggestNextStep } from './SuggestNextStep';
import { useTicketAction } from './use-ticket-action';

interface QuickActionProps<M extends TicketActionMethod> {
  method: M;
  input: TicketActionInput<M>;
  label: string;
  icon?: ReactNode;
}

/** One-click actions (no form): start work, wait on customer, reopen, close. */
function QuickAction<M extends TicketActionMethod>({ method, input, label, icon }: QuickActionProps<M>) {
  const { mutate, isPending } = useTicketAction(method, label);
  return (
    <Button size="small" startIcon={icon} disabled={isPending} onClick={() => mutate(input)}>
      {label}
    </Button>
  );
}

function WorkflowButtons({ status }: { status: TicketStatusCode }) {
  if (status === 'resolved') {
    return (
      <>
        <QuickAction method="reopenTicket" input={{}} label="Reopen" icon={<ReplayIcon />} />
        <QuickAction method="closeTicket" input={{}} label="Close" />
      </>
    );
  }
  if (status === 'closed') return <QuickAction method="reopenTicket" input={{}} label="Reopen" icon={<ReplayIcon />} />;
  return status === 'in_progress' ? (
    <QuickAction method="changeTicketStatus" input={{ status: 'waiting_on_customer' }} label="Wait on customer" />
  ) : (
    <QuickAction method="changeTicketStatus" input={{ status: 'in_progress' }} label="Start work" icon={<PlayArrowIcon />} />
  );
}

/** The ticket's action bar: every button is one of the ticket's actions, sent through the data provider. */
export function TicketActions() {
  const ticket = useRecordContext<Ticket>();
  const finished = ticket ? FINAL_TICKET_STATUSES.includes(ticket.statusCode) : true;
  return (
    <TopToolbar>
      <SuggestNextStep />
      <ActionDialog method="assignTicket" label="Assign" title="Assign the ticket" icon={<PersonAddIcon />} disabled={finished}>
        <ReferenceInput source="agentId" reference="support-agents" filter={{ active: true }}>
          <AutocompleteInput label="Agent" validate={required()} fullWidth />
        </ReferenceInput>
        <TextInput source="reason" fullWidth />
      </ActionDialog>
      <ActionDialog method="escalateTicket" label="Escalate" title="Escalate the ticket" icon={<TrendingUpIcon />} disabled={finished}>
        <TextInput source="reason" validate={required()} multiline minRows={2} fullWidth />
        <ReferenceInput source="toAgentId" reference="support-agents" filter={{ active: true, kind: 'human' }}>
          <AutocompleteInput label="To a technician (optional: assigns and tells them)" fullWidth />
        </ReferenceInput>
      </ActionDialog>
      <ActionDialog
        method="changeTicketPriority"
        label="Priority"
        title="Change the priority"
        icon={<LowPriorityIcon />}
        disabled={finished}
        defaultValues={{ priority: ticket?.priorityCode }}
      >
        <SelectInput source="priority" choices={ticketPriorityChoices} validate={required()} fullWidth />
        <TextInput source="reason" fullWidth />
      </ActionDialog>
      {ticket && <WorkflowButtons status={ticket.statusCode} />}
      <ActionDialog method="resolveTicket" label="Resolve" title="Resolve the ticket" icon={<DoneIcon />} disabled={finished}>
        <TextInput source="resolution" validate={required()} multiline minRows={3} fullWidth />
      </ActionDialog>
      <TemporalLink workflowId={ticket?.workflowId} />
      <ListButton />
    </TopToolbar>
  );
}
