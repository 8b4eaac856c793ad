import { BooleanField, DataTable, List, SelectInput } from 'react-admin';
import { ChoiceChip } from '../shared/ChoiceChip';
import { ticketPriorityChoices } from '../shared/choices';

const filters = [<SelectInput key="priority" source="priority" choices={ticketPriorityChoices} alwaysOn />];

export function SlaPolicyList() {
  return (
    <List filters={filters} sort={{ field: 'priorityCode', order: 'DESC' }}>
      <DataTable rowClick="edit">
        <DataTable.Col source="name" />
        <DataTable.Col
          source="priorityCode"
          label="Priority"
          render={() => <ChoiceChip source="priorityCode" choices={ticketPriorityChoices} />}
        />
        <DataTable.Col
          source="organizationName"
          label="Organization"
          render={(policy: { organizationName: string | null }) => policy.organizationName ?? 'Default'}
        />
        <DataTable.NumberCol source="firstResponseMinutes" label="First response (min)" />
        <DataTable.NumberCol source="resolutionMinutes" label="Resolution (min)" />
        <DataTable.Col source="businessHoursOnly" label="Business hours" field={BooleanField} disableSort />
        <DataTable.Col source="active" field={BooleanField} />
      </DataTable>
    </List>
  );
}
