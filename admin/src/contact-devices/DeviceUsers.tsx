import { Typography } from '@mui/material';
import { BooleanField, DataTable, ReferenceManyField, useCreatePath } from 'react-admin';
import type { ContactDevice } from '../types';

/** The people who use a device (on the device's page); a row opens the contact. */
export function DeviceUsers() {
  const createPath = useCreatePath();
  return (
    <ReferenceManyField reference="contact-devices" target="deviceId" label="Used by">
      <DataTable<ContactDevice>
        rowClick={(_id, _resource, link) => createPath({ resource: 'contacts', type: 'show', id: link.contactId })}
        bulkActionButtons={false}
        empty={<Typography color="text.secondary">Nobody linked.</Typography>}
      >
        <DataTable.Col source="contactName" label="Contact" disableSort />
        <DataTable.Col source="isPrimary" label="Main device" field={BooleanField} />
      </DataTable>
    </ReferenceManyField>
  );
}
