import { AutocompleteInput, DateInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { deviceStatusChoices } from '../shared/choices';

/** Locations offered are the chosen organisation's. */
function LocationInput() {
  const organizationId = useWatch({ name: 'organizationId' }) as number | undefined;
  return (
    <ReferenceInput source="locationId" reference="locations" filter={organizationId ? { organizationId } : {}}>
      <AutocompleteInput label="Location" />
    </ReferenceInput>
  );
}

export function DeviceInputs() {
  return (
    <>
      <ReferenceInput source="organizationId" reference="organizations">
        <AutocompleteInput label="Organization" validate={required()} />
      </ReferenceInput>
      <LocationInput />
      <ReferenceInput source="deviceTypeId" reference="device-types">
        <SelectInput label="Type" validate={required()} />
      </ReferenceInput>
      <ReferenceInput source="deviceModelId" reference="device-models">
        <AutocompleteInput label="Model" optionText="fullName" />
      </ReferenceInput>
      <ReferenceInput source="operatingSystemId" reference="operating-systems">
        <AutocompleteInput label="Operating system" optionText="fullName" />
      </ReferenceInput>
      <TextInput source="hostname" />
      <TextInput source="serialNumber" />
      <TextInput source="assetTag" />
      <TextInput source="ipAddress" label="IP address" />
      <TextInput source="macAddress" label="MAC address" />
      <SelectInput source="status" choices={deviceStatusChoices} validate={required()} />
      <DateInput source="warrantyExpiresAt" label="Warranty expires" />
      <TextInput source="notes" multiline fullWidth />
    </>
  );
}
