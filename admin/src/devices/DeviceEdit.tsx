import { Edit, SimpleForm } from 'react-admin';
import { DeviceInputs } from './DeviceInputs';

export function DeviceEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm>
        <DeviceInputs />
      </SimpleForm>
    </Edit>
  );
}
