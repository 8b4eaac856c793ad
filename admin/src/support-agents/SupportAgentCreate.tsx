import { Create, SimpleForm } from 'react-admin';
import { SupportAgentInputs } from './SupportAgentInputs';

export function SupportAgentCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ kind: 'human', role: 'technician', isOnCall: false, active: true }}>
        <SupportAgentInputs />
      </SimpleForm>
    </Create>
  );
}
