import { BooleanInput, email, required, SelectInput, TextInput } from 'react-admin';
import { agentKindChoices, agentRoleChoices } from '../shared/choices';

export function SupportAgentInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} />
      <SelectInput source="kind" choices={agentKindChoices} validate={required()} />
      <SelectInput source="role" choices={agentRoleChoices} validate={required()} />
      <TextInput source="specialty" helperText="Bots: the catalog key (printer, network…); humans: a skill" />
      <TextInput source="email" validate={email()} />
      <TextInput source="phone" helperText="E.164; used for warm transfers and on-call pages" />
      <BooleanInput source="isOnCall" label="On call" />
      <BooleanInput source="active" />
    </>
  );
}
