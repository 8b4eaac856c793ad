import { DataTable, EmailField, List, SearchInput } from 'react-admin';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export function AccountManagerList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="email" field={EmailField} />
        <DataTable.Col source="phone" disableSort />
        <DataTable.NumberCol source="organizationCount" label="Organizations" disableSort />
      </DataTable>
    </List>
  );
}
