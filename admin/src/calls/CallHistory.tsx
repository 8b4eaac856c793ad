import { Typography } from '@mui/material';
import { DataTable, DateField, FunctionField, ReferenceField, ReferenceManyField } from 'react-admin';
import { ChoiceChip } from '../shared/ChoiceChip';
import { ListPagination } from '../shared/ListPagination';
import { callOutcomeChoices, callStatusChoices } from '../shared/choices';
import { formatDuration } from '../shared/format';
import type { Call } from '../types';

/** The columns of a caller's or an organisation's past calls: when, who, how it ended, which ticket. */
export function CallHistoryTable({ showContact = false }: { showContact?: boolean }) {
  return (
    <DataTable rowClick="show" bulkActionButtons={false} empty={<Typography color="text.secondary">No calls.</Typography>}>
      <DataTable.Col source="startedAt" label="When" field={DateField} />
      {showContact && (
        <DataTable.Col source="contactName" label="Caller" disableSort>
          <FunctionField<Call> render={(call) => call.contactName ?? call.callerPhone ?? '—'} />
        </DataTable.Col>
      )}
      <DataTable.Col source="status" render={() => <ChoiceChip source="status" choices={callStatusChoices} />} />
      <DataTable.Col source="outcome" disableSort render={() => <ChoiceChip source="outcome" choices={callOutcomeChoices} />} />
      <DataTable.Col source="category" />
      <DataTable.Col source="durationSeconds" label="Duration" render={(call: Call) => formatDuration(call.durationSeconds)} />
      <DataTable.Col source="ticketId" label="Ticket" disableSort>
        <ReferenceField source="ticketId" reference="tickets" link="show" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  );
}

/** A contact's or an organisation's calls, newest first (their page's "Calls"). */
export function CallHistory({ target }: { target: 'contactId' | 'organizationId' }) {
  return (
    <ReferenceManyField
      reference="calls"
      target={target}
      sort={{ field: 'startedAt', order: 'DESC' }}
      perPage={10}
      pagination={<ListPagination />}
    >
      <CallHistoryTable showContact={target === 'organizationId'} />
    </ReferenceManyField>
  );
}
