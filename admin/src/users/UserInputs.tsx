import { BooleanInput, email, minLength, PasswordInput, required, SelectInput, TextInput } from 'react-admin';
import { roleChoices } from '../shared/choices';

/** On edit the password is optional: left empty, it stays unchanged. */
export function UserInputs({ creating }: { creating?: boolean }) {
  return (
    <>
      <TextInput source="email" validate={[required(), email()]} />
      <TextInput source="name" validate={required()} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <PasswordInput
        source="password"
        validate={creating ? [required(), minLength(8)] : [minLength(8)]}
        helperText={creating ? 'At least 8 characters' : 'Leave empty to keep the current password'}
      />
      <BooleanInput source="active" />
    </>
  );
}
