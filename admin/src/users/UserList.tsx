import { BooleanField, DataTable, DateField, List, SearchInput, SelectInput } from 'react-admin';
import { ChoiceChip } from '../shared/ChoiceChip';
import { roleChoices } from '../shared/choices';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />];

export function UserList() {
  return (
    <List filters={filters} sort={{ field: 'email', order: 'ASC' }}>
      <DataTable rowClick="edit">
        <DataTable.Col source="email" />
        <DataTable.Col source="name" />
        <DataTable.Col source="role" render={() => <ChoiceChip source="role" choices={roleChoices} />} />
        <DataTable.Col source="active" field={BooleanField} />
        <DataTable.Col source="lastLoginAt" label="Last login" field={DateField} />
      </DataTable>
    </List>
  );
}
