import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput } from 'react-admin';
import type { Organization } from '../types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NullableBooleanInput key="vip" source="isVip" label="VIP" />,
  <NullableBooleanInput key="active" source="active" />,
];

export function OrganizationList() {
  return (
    <List<Organization> filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
      <DataTable rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="ueCode" label="U-E code" />
        <DataTable.Col source="industry" />
        <DataTable.Col source="phone" disableSort />
        <DataTable.Col source="isVip" label="VIP" field={BooleanField} />
        <DataTable.NumberCol source="contactCount" label="Contacts" disableSort />
        <DataTable.NumberCol source="deviceCount" label="Devices" disableSort />
        <DataTable.NumberCol source="ticketCount" label="Tickets" disableSort />
        <DataTable.Col source="active" field={BooleanField} />
      </DataTable>
    </List>
  );
}
