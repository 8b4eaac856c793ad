import { AutocompleteInput, DataTable, DateField, List, ReferenceInput, SearchInput } from 'react-admin';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="org" source="organizationId" reference="organizations" alwaysOn>
    <AutocompleteInput label="Organization" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
];

export function DomainList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="name" label="Domain" />
        <DataTable.Col source="organizationName" label="Organization" />
        <DataTable.Col source="registrar" />
        <DataTable.Col source="expiresAt" label="Expires" field={DateField} />
        <DataTable.Col source="dnsProvider" label="DNS" disableSort />
        <DataTable.Col source="emailProvider" label="E-mail" disableSort />
      </DataTable>
    </List>
  );
}
