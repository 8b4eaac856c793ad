import { Edit, SimpleForm } from 'react-admin';
import { SupportAgentInputs } from './SupportAgentInputs';

export function SupportAgentEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm>
        <SupportAgentInputs />
      </SimpleForm>
    </Edit>
  );
}
