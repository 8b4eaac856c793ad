import { AutocompleteInput, Create, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ticketPriorityChoices } from '../shared/choices';

/** Contacts offered are those of the chosen organisation (the API rejects a mismatch). */
function ContactInput() {
  const organizationId = useWatch({ name: 'organizationId' }) as number | undefined;
  return (
    <ReferenceInput source="contactId" reference="contacts" filter={organizationId ? { organizationId } : {}}>
      <AutocompleteInput label="Contact" optionText="name" />
    </ReferenceInput>
  );
}

export function TicketCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ priority: 'medium', source: 'panel' }}>
        <TextInput source="subject" validate={required()} fullWidth />
        <TextInput source="description" multiline minRows={3} fullWidth />
        <SelectInput source="priority" choices={ticketPriorityChoices} validate={required()} />
        <TextInput source="category" />
        <ReferenceInput source="organizationId" reference="organizations">
          <AutocompleteInput label="Organization" />
        </ReferenceInput>
        <ContactInput />
      </SimpleForm>
    </Create>
  );
}
