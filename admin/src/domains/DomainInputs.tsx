import { AutocompleteInput, DateInput, ReferenceInput, required, TextInput } from 'react-admin';

export function DomainInputs() {
  return (
    <>
      <ReferenceInput source="organizationId" reference="organizations">
        <AutocompleteInput label="Organization" validate={required()} />
      </ReferenceInput>
      <TextInput source="name" label="Domain" validate={required()} helperText="e.g. example.com" />
      <TextInput source="registrar" />
      <DateInput source="expiresAt" label="Expires" />
      <TextInput source="dnsProvider" label="DNS provider" />
      <TextInput source="emailProvider" label="E-mail provider" />
    </>
  );
}
