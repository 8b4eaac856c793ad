import { Box, Chip, Stack, Typography } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  DataTable,
  DateField,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TabbedShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { ChoiceChip } from '../shared/ChoiceChip';
import { ticketPriorityChoices, ticketStatusChoices } from '../shared/choices';
import type { Ticket } from '../types';
import { TicketActions } from './TicketActions';
import { TicketMessages } from './TicketMessages';

function TicketHeader() {
  const ticket = useRecordContext<Ticket>();
  if (!ticket) return null;
  return (
    <Box sx={{ p: 2, pb: 0 }}>
      <Typography variant="h5" data-testid="ticket-subject">
        #{ticket.id} {ticket.subject}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <ChoiceChip source="statusCode" choices={ticketStatusChoices} />
        <ChoiceChip source="priorityCode" choices={ticketPriorityChoices} />
        {ticket.isVip && <Chip size="small" label="VIP" color="secondary" />}
        {ticket.slaBreached && <Chip size="small" label="SLA breached" color="error" />}
        {ticket.slaPaused && <Chip size="small" label="SLA paused" />}
        {ticket.escalationLevel > 0 && <Chip size="small" label={`Escalation level ${ticket.escalationLevel}`} color="warning" />}
      </Stack>
    </Box>
  );
}

function DetailsTab() {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
      <SimpleShowLayout sx={{ p: 0 }}>
        <TextField source="description" emptyText="No description" sx={{ whiteSpace: 'pre-wrap' }} />
        <ReferenceField source="organizationId" reference="organizations" link="show" emptyText="Unknown organization" />
        <ReferenceField source="contactId" reference="contacts" link="show" emptyText="Unknown contact" />
        <TextField source="contactPhone" label="Contact phone" emptyText="—" />
        <TextField source="agentName" label="Assigned agent" emptyText="Unassigned" />
        <TextField source="category" emptyText="—" />
        <TextField source="source" />
        <ReferenceField source="callLogId" reference="calls" link="show" label="Opened by call" emptyText="—" />
      </SimpleShowLayout>
      <SimpleShowLayout sx={{ p: 0 }}>
        <DateField source="createdAt" label="Opened" showTime />
        <DateField source="firstResponseDueAt" label="First response due" showTime emptyText="—" />
        <DateField source="resolutionDueAt" label="Resolution due" showTime emptyText="—" />
        <BooleanField source="slaBreached" label="SLA breached" />
        <DateField source="resolvedAt" label="Resolved" showTime emptyText="—" />
        <TextField source="resolution" emptyText="—" />
        <DateField source="closedAt" label="Closed" showTime emptyText="—" />
      </SimpleShowLayout>
    </Box>
  );
}

export function TicketShow() {
  return (
    <Show<Ticket> actions={<TicketActions />}>
      <TicketHeader />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="Details">
          <DetailsTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Messages" path="messages">
          <TicketMessages />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Escalations" path="escalations">
          <ArrayField source="escalations">
            <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography color="text.secondary">Never escalated.</Typography>}>
              <DataTable.Col source="createdAt" label="When" field={DateField} />
              <DataTable.NumberCol source="level" />
              <DataTable.Col source="trigger" />
              <DataTable.Col source="reason" />
              <DataTable.Col source="toAgentName" label="To" />
              <DataTable.Col source="notifiedTarget" label="Notified" />
            </DataTable>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Assignments" path="assignments">
          <ArrayField source="assignments">
            <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography color="text.secondary">Never assigned.</Typography>}>
              <DataTable.Col source="createdAt" label="When" field={DateField} />
              <DataTable.Col source="agentName" label="Agent" />
              <DataTable.Col source="assignedByName" label="By" />
              <DataTable.Col source="reason" />
            </DataTable>
          </ArrayField>
          <NumberField source="escalationLevel" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
