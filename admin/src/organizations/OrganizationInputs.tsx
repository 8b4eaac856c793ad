import { AutocompleteInput, BooleanInput, ReferenceInput, required, TextInput } from 'react-admin';

/** Shared by create and edit, so both stay thin. */
export function OrganizationInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="ueCode" label="U-E code" validate={required()} helperText="e.g. UE-1042, what callers say or key in" />
      <TextInput source="industry" />
      <TextInput source="domain" />
      <TextInput source="phone" helperText="E.164, e.g. +15555550100" />
      <TextInput source="timezone" helperText="IANA zone, e.g. America/New_York" />
      <ReferenceInput source="accountManagerId" reference="account-managers">
        <AutocompleteInput label="Account manager" />
      </ReferenceInput>
      <BooleanInput source="isVip" label="VIP" />
      <BooleanInput source="active" />
      <TextInput source="notes" multiline minRows={2} fullWidth />
    </>
  );
}
