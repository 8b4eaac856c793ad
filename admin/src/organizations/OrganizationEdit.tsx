import { Edit, SimpleForm } from 'react-admin';
import { OrganizationInputs } from './OrganizationInputs';

export function OrganizationEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm>
        <OrganizationInputs />
      </SimpleForm>
    </Edit>
  );
}
