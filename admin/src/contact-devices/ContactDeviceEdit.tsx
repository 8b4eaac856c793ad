import { BooleanInput, Edit, ReferenceField, SimpleForm, TextField } from 'react-admin';
import type { ContactDevice } from '../types';

/** A link keeps its two ends; only whether it is the contact's main device changes. */
export function ContactDeviceEdit() {
  return (
    <Edit<ContactDevice>
      mutationMode="pessimistic"
      redirect={(_resource, _id, link) => (link ? `contacts/${link.contactId}/show/devices` : 'contacts')}
    >
      <SimpleForm>
        <ReferenceField source="contactId" reference="contacts" link="show" />
        <TextField source="deviceName" label="Device" />
        <BooleanInput source="isPrimary" label="Their main device" />
      </SimpleForm>
    </Edit>
  );
}
