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
import { FINAL_TICKET_STATUSES } from '../../../domain/tickets/codes';
import type { Ticket, TicketStatusCode } from '../types';
import { ActionDialog } from './ActionDialog';
import { SuggestNextStep } from './SuggestNextStep';
import { useTicketAction, type TicketActionName } from './use-ticket-action';

/** One-click actions (no form): start work, wait on customer, reopen, close. */
function QuickAction({ action, body, label, icon }: { action: TicketActionName; body: object; label: string; icon?: ReactNode }) {
  const { run, pending } = useTicketAction(action);
  return (
    <Button size="small" startIcon={icon} disabled={pending} onClick={() => void run(body)}>
      {label}
    </Button>
  );
}

function WorkflowButtons({ status }: { status: TicketStatusCode }) {
  if (status === 'resolved') {
    return (
      <>
        <QuickAction action="reopen" body={{}} label="Reopen" icon={<ReplayIcon />} />
        <QuickAction action="close" body={{}} label="Close" />
      </>
    );
  }
  if (status === 'closed') return <QuickAction action="reopen" body={{}} label="Reopen" icon={<ReplayIcon />} />;
  return status === 'in_progress' ? (
    <QuickAction action="status" body={{ status: 'waiting_on_customer' }} label="Wait on customer" />
  ) : (
    <QuickAction action="status" body={{ status: 'in_progress' }} label="Start work" icon={<PlayArrowIcon />} />
  );
}

/** The ticket's action bar: every button posts to the API's ticket action routes. */
export function TicketActions() {
  const ticket = useRecordContext<Ticket>();
  const finished = ticket ? FINAL_TICKET_STATUSES.includes(ticket.statusCode) : true;
  return (
    <TopToolbar>
      <SuggestNextStep />
      <ActionDialog action="assign" label="Assign" title="Assign the ticket" icon={<PersonAddIcon />} disabled={finished}>
        <ReferenceInput source="agentId" reference="support-agents" filter={{ active: true }}>
          <AutocompleteInput label="Agent" validate={required()} fullWidth />
        </ReferenceInput>
        <TextInput source="reason" fullWidth />
      </ActionDialog>
      <ActionDialog action="escalate" label="Escalate" title="Escalate the ticket" icon={<TrendingUpIcon />} disabled={finished}>
        <TextInput source="reason" validate={required()} multiline minRows={2} fullWidth />
      </ActionDialog>
      <ActionDialog
        action="priority"
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
      <ActionDialog action="resolve" label="Resolve" title="Resolve the ticket" icon={<DoneIcon />} disabled={finished}>
        <TextInput source="resolution" validate={required()} multiline minRows={3} fullWidth />
      </ActionDialog>
      <ListButton />
    </TopToolbar>
  );
}
