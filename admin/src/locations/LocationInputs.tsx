import { AutocompleteInput, ReferenceInput, required, TextInput } from 'react-admin';

export function LocationInputs() {
  return (
    <>
      <ReferenceInput source="organizationId" reference="organizations">
        <AutocompleteInput label="Organization" validate={required()} />
      </ReferenceInput>
      <TextInput source="name" validate={required()} />
      <TextInput source="address" fullWidth />
      <TextInput source="city" />
      <TextInput source="region" />
      <TextInput source="postalCode" />
      <TextInput source="country" helperText="Two-letter code" />
      <TextInput source="timezone" helperText="Empty = the organisation's" />
    </>
  );
}
