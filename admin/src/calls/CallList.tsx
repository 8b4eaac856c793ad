import {
  AutocompleteInput,
  BooleanField,
  DataTable,
  FunctionField,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import { ChoiceChip } from '../shared/ChoiceChip';
import { ListPagination } from '../shared/ListPagination';
import { callOutcomeChoices, callStatusChoices, sentimentChoices } from '../shared/choices';
import { formatDuration } from '../shared/format';
import type { Call } from '../types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={callStatusChoices} alwaysOn />,
  <SelectInput key="sentiment" source="sentiment" choices={sentimentChoices} />,
  <ReferenceInput key="org" source="organizationId" reference="organizations">
    <AutocompleteInput label="Organization" />
  </ReferenceInput>,
  <NullableBooleanInput key="ai" source="aiResolution" label="Resolved by AI" />,
  <NullableBooleanInput key="esc" source="wasEscalated" label="Escalated" />,
  // "Same caller": a number or a contact (a call page's "All calls from this caller" sets both).
  <TextInput key="phone" source="caller.phone" label="Caller phone" />,
  <ReferenceInput key="contact" source="caller.contactId" reference="contacts">
    <AutocompleteInput label="Caller (contact)" />
  </ReferenceInput>,
];

export function CallList() {
  return (
    <List<Call> filters={filters} sort={{ field: 'startedAt', order: 'DESC' }} perPage={25} pagination={<ListPagination />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="startedAt" label="Started" render={(call: Call) => new Date(call.startedAt).toLocaleString()} />
        <DataTable.Col source="callerPhone" label="Caller" />
        <DataTable.Col source="organizationName" label="Organization" />
        <DataTable.Col source="contactName" label="Contact" disableSort />
        <DataTable.Col source="status" render={() => <ChoiceChip source="status" choices={callStatusChoices} />} />
        <DataTable.Col source="durationSeconds" label="Duration" render={(call: Call) => formatDuration(call.durationSeconds)} />
        <DataTable.Col source="outcome" disableSort render={() => <ChoiceChip source="outcome" choices={callOutcomeChoices} />} />
        <DataTable.Col source="sentiment" render={() => <ChoiceChip source="sentiment" choices={sentimentChoices} />} />
        <DataTable.Col source="category" />
        <DataTable.Col source="aiResolution" label="AI resolved" field={BooleanField} disableSort />
        <DataTable.Col source="wasEscalated" label="Escalated" field={BooleanField} disableSort />
        <DataTable.Col label="Ticket" disableSort>
          <FunctionField<Call> render={(call) => (call.ticketId ? `#${call.ticketId}` : '')} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
