import { AutocompleteInput, BooleanInput, email, ReferenceInput, required, TextInput } from 'react-admin';

export function ContactInputs() {
  return (
    <>
      <ReferenceInput source="organizationId" reference="organizations">
        <AutocompleteInput label="Organization" validate={required()} />
      </ReferenceInput>
      <TextInput source="firstName" validate={required()} />
      <TextInput source="lastName" validate={required()} />
      <TextInput source="title" />
      <TextInput source="phone" validate={required()} helperText="E.164; callers are identified by it" />
      <TextInput source="mobilePhone" />
      <TextInput source="email" validate={email()} />
      <BooleanInput source="isPrimary" label="Primary contact" />
      <BooleanInput source="active" />
    </>
  );
}
