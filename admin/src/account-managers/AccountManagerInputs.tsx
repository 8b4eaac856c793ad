import { email, required, TextInput } from 'react-admin';

export function AccountManagerInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} />
      <TextInput source="email" validate={[required(), email()]} helperText="SLA escalations reach them here" />
      <TextInput source="phone" helperText="E.164, e.g. +15555550100" />
    </>
  );
}
