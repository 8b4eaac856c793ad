import { Edit, SimpleForm } from 'react-admin';
import { LocationInputs } from './LocationInputs';

export function LocationEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm>
        <LocationInputs />
      </SimpleForm>
    </Edit>
  );
}
