import { Create, SimpleForm } from 'react-admin';
import { SlaPolicyInputs } from './SlaPolicyInputs';

export function SlaPolicyCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ warningPercent: 75, businessHoursOnly: false, active: true, escalationLevels: [] }}>
        <SlaPolicyInputs />
      </SimpleForm>
    </Create>
  );
}
