import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { ChoiceChip } from '../shared/ChoiceChip';
import { agentKindChoices, agentRoleChoices } from '../shared/choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={agentKindChoices} alwaysOn />,
  <SelectInput key="role" source="role" choices={agentRoleChoices} />,
  <NullableBooleanInput key="onCall" source="isOnCall" label="On call" />,
];

export function SupportAgentList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
      <DataTable rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="kind" render={() => <ChoiceChip source="kind" choices={agentKindChoices} />} />
        <DataTable.Col source="role" render={() => <ChoiceChip source="role" choices={agentRoleChoices} />} />
        <DataTable.Col source="specialty" />
        <DataTable.Col source="email" disableSort />
        <DataTable.NumberCol source="openTicketCount" label="Open tickets" disableSort />
        <DataTable.Col source="isOnCall" label="On call" field={BooleanField} />
        <DataTable.Col source="active" field={BooleanField} />
      </DataTable>
    </List>
  );
}
