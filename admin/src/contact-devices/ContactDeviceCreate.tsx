import { AutocompleteInput, BooleanInput, Create, ReferenceInput, required, SimpleForm, useGetOne } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { Contact, ContactDevice } from '../types';

/** Only the contact's own organisation's devices are offered (the API refuses the others). */
function DeviceInput() {
  const contactId = useWatch({ name: 'contactId' }) as number | undefined;
  const { data: contact } = useGetOne<Contact>('contacts', { id: contactId ?? 0 }, { enabled: Boolean(contactId) });
  return (
    <ReferenceInput source="deviceId" reference="devices" filter={contact ? { organizationId: contact.organizationId } : {}}>
      <AutocompleteInput
        label="Device"
        validate={required()}
        disabled={!contact}
        helperText={contact ? false : 'Choose the contact first'}
      />
    </ReferenceInput>
  );
}

/** Opened from a contact's page ("Link a device"), with the contact already chosen; goes back there. */
export function ContactDeviceCreate() {
  return (
    <Create<ContactDevice> redirect={(_resource, _id, link) => (link ? `contacts/${link.contactId}/show/devices` : 'contacts')}>
      <SimpleForm defaultValues={{ isPrimary: false }}>
        <ReferenceInput source="contactId" reference="contacts">
          <AutocompleteInput label="Contact" validate={required()} />
        </ReferenceInput>
        <DeviceInput />
        <BooleanInput source="isPrimary" label="Their main device" />
      </SimpleForm>
    </Create>
  );
}
