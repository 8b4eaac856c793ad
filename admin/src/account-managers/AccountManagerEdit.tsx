import { DataTable, Edit, ReferenceManyField, SimpleForm } from 'react-admin';
import { AccountManagerInputs } from './AccountManagerInputs';

export function AccountManagerEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm>
        <AccountManagerInputs />
        <ReferenceManyField reference="organizations" target="accountManagerId" label="Organizations">
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" />
            <DataTable.Col source="ueCode" label="U-E code" />
          </DataTable>
        </ReferenceManyField>
      </SimpleForm>
    </Edit>
  );
}
