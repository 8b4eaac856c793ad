import { AutocompleteInput, DataTable, DateField, List, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { ChoiceChip } from '../shared/ChoiceChip';
import { deviceStatusChoices } from '../shared/choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="org" source="organizationId" reference="organizations" alwaysOn>
    <AutocompleteInput label="Organization" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={deviceStatusChoices} />,
  <ReferenceInput key="type" source="deviceTypeId" reference="device-types">
    <SelectInput label="Type" />
  </ReferenceInput>,
];

export function DeviceList() {
  return (
    <List filters={filters} sort={{ field: 'hostname', order: 'ASC' }} perPage={25}>
      <DataTable rowClick="show">
        <DataTable.Col source="hostname" />
        <DataTable.Col source="organizationName" label="Organization" />
        <DataTable.Col source="deviceTypeName" label="Type" />
        <DataTable.Col source="modelName" label="Model" disableSort />
        <DataTable.Col source="osName" label="OS" disableSort />
        <DataTable.Col source="serialNumber" label="Serial" />
        <DataTable.Col source="status" render={() => <ChoiceChip source="status" choices={deviceStatusChoices} />} />
        <DataTable.Col source="lastSeenAt" label="Last seen" field={DateField} />
      </DataTable>
    </List>
  );
}
