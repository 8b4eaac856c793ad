import { AutocompleteInput, BooleanField, DataTable, List, ReferenceInput, SearchInput } from 'react-admin';
import type { Contact } from '../types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="org" source="organizationId" reference="organizations" alwaysOn>
    <AutocompleteInput label="Organization" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
];

export function ContactList() {
  return (
    <List<Contact> filters={filters} sort={{ field: 'lastName', order: 'ASC' }} perPage={25}>
      <DataTable rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="organizationName" label="Organization" />
        <DataTable.Col source="title" />
        <DataTable.Col source="phone" />
        <DataTable.Col source="email" />
        <DataTable.Col source="isPrimary" label="Primary" field={BooleanField} disableSort />
      </DataTable>
    </List>
  );
}
