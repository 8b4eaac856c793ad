import { AutocompleteInput, DataTable, List, ReferenceInput, SearchInput } from 'react-admin';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="org" source="organizationId" reference="organizations" alwaysOn>
    <AutocompleteInput label="Organization" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
];

export function LocationList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable rowClick="edit">
        <DataTable.Col source="name" />
        <DataTable.Col source="organizationName" label="Organization" />
        <DataTable.Col source="city" />
        <DataTable.Col source="country" />
        <DataTable.NumberCol source="deviceCount" label="Devices" disableSort />
      </DataTable>
    </List>
  );
}
