import { AutocompleteInput, DataTable, DateField, List, ReferenceInput, SelectInput } from 'react-admin';
import { ChoiceChip } from '../shared/ChoiceChip';
import { callbackStatusChoices } from '../shared/choices';
import { CancelCallbackButton } from './CancelCallbackButton';

const filters = [
  <SelectInput key="status" source="status" choices={callbackStatusChoices} alwaysOn />,
  <ReferenceInput key="org" source="organizationId" reference="organizations">
    <AutocompleteInput label="Organization" />
  </ReferenceInput>,
];

export function CallbackList() {
  return (
    <List filters={filters} sort={{ field: 'scheduledFor', order: 'DESC' }} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="scheduledFor" label="Scheduled for" field={DateField} />
        <DataTable.Col source="phone" disableSort />
        <DataTable.Col source="contactName" label="Contact" disableSort />
        <DataTable.Col source="organizationName" label="Organization" />
        <DataTable.Col source="reason" disableSort />
        <DataTable.Col source="status" render={() => <ChoiceChip source="status" choices={callbackStatusChoices} />} />
        <DataTable.Col source="attempts" />
        <DataTable.Col label="">
          <CancelCallbackButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
