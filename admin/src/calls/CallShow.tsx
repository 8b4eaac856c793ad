import { Box } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  DataTable,
  DateField,
  FunctionField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TabbedShowLayout,
  TextField,
} from 'react-admin';
import { ChoiceChip } from '../shared/ChoiceChip';
import { callOutcomeChoices } from '../shared/choices';
import { formatUsd } from '../shared/format';
import type { AgentInteraction, Call } from '../types';
import { CallActions } from './CallActions';
import { CallHeader } from './CallHeader';
import { PreviousCalls } from './PreviousCalls';
import { Transcript } from './Transcript';

function SummaryTab() {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, gap: 2 }}>
      <SimpleShowLayout sx={{ p: 0 }}>
        <TextField source="callSummary" label="Summary" emptyText="Not summarised yet" />
        <TextField source="category" emptyText="—" />
        <TextField source="analysis.intent" label="Intent" emptyText="—" />
        <ChoiceChip source="outcome" label="Outcome" choices={callOutcomeChoices} />
        <FunctionField<Call> label="Topics" render={(call) => call.analysis?.topics.join(', ') || '—'} />
        <ReferenceField source="ticketId" reference="tickets" link="show" label="Ticket" emptyText="No ticket" />
      </SimpleShowLayout>
      <SimpleShowLayout sx={{ p: 0 }}>
        <TextField source="callSid" label="Call SID" />
        <DateField source="startedAt" showTime />
        <DateField source="endedAt" showTime emptyText="—" />
        <TextField source="finalAgent" label="Last agent" emptyText="—" />
        <ReferenceField source="organizationId" reference="organizations" link="show" emptyText="Unidentified" />
        <ReferenceField source="contactId" reference="contacts" link="show" emptyText="Unidentified" />
        <FunctionField<Call>
          label="Cost"
          render={(call) => `AI ${formatUsd(call.usage?.aiCostUsd)} · Twilio ${formatUsd(call.usage?.twilioCostUsd)}`}
        />
      </SimpleShowLayout>
    </Box>
  );
}

function InteractionsTab() {
  return (
    <ArrayField source="interactions">
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="agentName" label="Agent" />
        <DataTable.Col source="startedAt" label="From" field={DateField} />
        <DataTable.NumberCol source="turns" />
        <DataTable.Col label="Tools" render={(row: AgentInteraction) => row.toolCalls.map((tool) => tool.name).join(', ')} />
        <DataTable.Col source="handoffTo" label="Handed off to" />
        <DataTable.Col source="outcome" />
      </DataTable>
    </ArrayField>
  );
}

export function CallShow() {
  return (
    <Show<Call> actions={<CallActions />}>
      <CallHeader />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="Transcript">
          <Transcript />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Summary" path="summary">
          <SummaryTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Agents" path="agents">
          <InteractionsTab />
          <BooleanField source="aiResolution" label="Resolved by AI" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Previous calls" path="history">
          <PreviousCalls />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
