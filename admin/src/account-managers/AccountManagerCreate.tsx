import { Create, SimpleForm } from 'react-admin';
import { AccountManagerInputs } from './AccountManagerInputs';

export function AccountManagerCreate() {
  return (
    <Create redirect="list">
      <SimpleForm>
        <AccountManagerInputs />
      </SimpleForm>
    </Create>
  );
}
