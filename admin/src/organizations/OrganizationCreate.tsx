import { Create, SimpleForm } from 'react-admin';
import { OrganizationInputs } from './OrganizationInputs';

export function OrganizationCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ timezone: 'America/New_York', active: true, isVip: false }}>
        <OrganizationInputs />
      </SimpleForm>
    </Create>
  );
}
