import { DateField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ChoiceChip } from '../shared/ChoiceChip';
import { DeviceUsers } from '../contact-devices';
import { deviceStatusChoices } from '../shared/choices';

export function DeviceShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="hostname" emptyText="—" />
        <ReferenceField source="organizationId" reference="organizations" link="show" />
        <TextField source="locationName" label="Location" emptyText="—" />
        <TextField source="deviceTypeName" label="Type" />
        <TextField source="manufacturerName" label="Manufacturer" emptyText="—" />
        <TextField source="modelName" label="Model" emptyText="—" />
        <TextField source="osName" label="Operating system" emptyText="—" />
        <TextField source="serialNumber" emptyText="—" />
        <TextField source="assetTag" emptyText="—" />
        <TextField source="ipAddress" label="IP address" emptyText="—" />
        <TextField source="macAddress" label="MAC address" emptyText="—" />
        <ChoiceChip source="status" label="Status" choices={deviceStatusChoices} />
        <DateField source="lastSeenAt" showTime emptyText="—" />
        <DateField source="warrantyExpiresAt" emptyText="—" />
        <TextField source="notes" emptyText="—" />
        <DeviceUsers />
      </SimpleShowLayout>
    </Show>
  );
}
