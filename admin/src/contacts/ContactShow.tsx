import {
  BooleanField,
  DataTable,
  DateField,
  EmailField,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
} from 'react-admin';
import { CallHistory } from '../calls/CallHistory';
import { ContactDevices } from '../contact-devices';
import { ChoiceChip } from '../shared/ChoiceChip';
import { ticketStatusChoices } from '../shared/choices';

export function ContactShow() {
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="Details">
          <TextField source="name" />
          <ReferenceField source="organizationId" reference="organizations" link="show" />
          <TextField source="title" emptyText="—" />
          <TextField source="phone" />
          <TextField source="mobilePhone" emptyText="—" />
          <EmailField source="email" emptyText="—" />
          <BooleanField source="isPrimary" label="Primary contact" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Calls" path="calls">
          <CallHistory target="contactId" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Tickets" path="tickets">
          <ReferenceManyField reference="tickets" target="contactId" sort={{ field: 'createdAt', order: 'DESC' }}>
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="id" label="#" />
              <DataTable.Col source="subject" />
              <DataTable.Col
                source="statusCode"
                label="Status"
                render={() => <ChoiceChip source="statusCode" choices={ticketStatusChoices} />}
              />
              <DataTable.Col source="createdAt" label="Opened" field={DateField} />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Devices" path="devices">
          <ContactDevices />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
