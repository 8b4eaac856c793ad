import { Typography } from '@mui/material';
import {
  BooleanField,
  CreateButton,
  DataTable,
  DeleteButton,
  ReferenceManyField,
  useCreatePath,
  useRecordContext,
  type Identifier,
} from 'react-admin';
import type { Contact } from '../types';

/** A contact's devices (on the contact's page): link one, mark the main one, unlink. */
export function ContactDevices() {
  const contact = useRecordContext<Contact>();
  const createPath = useCreatePath();
  if (!contact) return null;
  const editLink = (id: Identifier) => createPath({ resource: 'contact-devices', type: 'edit', id });
  return (
    <>
      <ReferenceManyField reference="contact-devices" target="contactId">
        <DataTable rowClick={editLink} bulkActionButtons={false} empty={<Typography color="text.secondary">No devices linked.</Typography>}>
          <DataTable.Col source="deviceName" label="Device" disableSort />
          <DataTable.Col source="deviceTypeName" label="Type" disableSort />
          <DataTable.Col source="isPrimary" label="Main device" field={BooleanField} />
          <DataTable.Col label="" disableSort>
            <DeleteButton label="Unlink" mutationMode="pessimistic" redirect={false} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <CreateButton resource="contact-devices" label="Link a device" state={{ record: { contactId: contact.id } }} />
    </>
  );
}
