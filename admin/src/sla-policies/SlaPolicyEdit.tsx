import { Edit, SimpleForm } from 'react-admin';
import { SlaPolicyInputs } from './SlaPolicyInputs';

export function SlaPolicyEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm>
        <SlaPolicyInputs />
      </SimpleForm>
    </Edit>
  );
}
