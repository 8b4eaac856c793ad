import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  DateField,
  ExportButton,
  FilterButton,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { ChoiceChip } from '../shared/ChoiceChip';
import { ListPagination } from '../shared/ListPagination';
import { ticketPriorityChoices, ticketStatusChoices } from '../shared/choices';
import type { Ticket } from '../types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={ticketStatusChoices} alwaysOn />,
  <SelectInput key="priority" source="priority" choices={ticketPriorityChoices} alwaysOn />,
  <ReferenceInput key="org" source="organizationId" reference="organizations" alwaysOn>
    <AutocompleteInput label="Organization" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <ReferenceInput key="agent" source="assignedAgentId" reference="support-agents">
    <AutocompleteInput label="Assigned agent" />
  </ReferenceInput>,
  <NullableBooleanInput key="breached" source="slaBreached" label="SLA breached" />,
  <NullableBooleanInput key="open" source="open" label="Still open" />,
];

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      <ExportButton />
    </TopToolbar>
  );
}

export function TicketList() {
  return (
    <List<Ticket>
      filters={filters}
      actions={<ListActions />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      pagination={<ListPagination />}
    >
      <DataTable rowClick="show">
        <DataTable.Col source="id" label="#" />
        <DataTable.Col source="subject" />
        <DataTable.Col source="statusCode" label="Status" render={() => <ChoiceChip source="statusCode" choices={ticketStatusChoices} />} />
        <DataTable.Col
          source="priorityCode"
          label="Priority"
          render={() => <ChoiceChip source="priorityCode" choices={ticketPriorityChoices} />}
        />
        <DataTable.Col source="organizationName" label="Organization" />
        <DataTable.Col source="contactName" label="Contact" />
        <DataTable.Col source="agentName" label="Agent" />
        <DataTable.Col source="resolutionDueAt" label="Due" field={DateField} />
        <DataTable.Col source="createdAt" label="Opened" field={DateField} />
      </DataTable>
    </List>
  );
}
