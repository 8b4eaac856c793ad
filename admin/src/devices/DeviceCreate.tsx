import { Create, SimpleForm } from 'react-admin';
import { DeviceInputs } from './DeviceInputs';

export function DeviceCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ status: 'active' }}>
        <DeviceInputs />
      </SimpleForm>
    </Create>
  );
}
