import { Create, SimpleForm } from 'react-admin';
import { LocationInputs } from './LocationInputs';

export function LocationCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ country: 'US' }}>
        <LocationInputs />
      </SimpleForm>
    </Create>
  );
}
