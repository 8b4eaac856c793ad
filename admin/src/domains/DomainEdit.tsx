import { Edit, SimpleForm } from 'react-admin';
import { DomainInputs } from './DomainInputs';

export function DomainEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm>
        <DomainInputs />
      </SimpleForm>
    </Edit>
  );
}
