import { BooleanField, DataTable, DateField, Pagination, ReferenceManyField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { ChoiceChip } from '../shared/ChoiceChip';
import { deviceStatusChoices, ticketPriorityChoices, ticketStatusChoices } from '../shared/choices';

function ContactsTab() {
  return (
    <ReferenceManyField reference="contacts" target="organizationId" sort={{ field: 'lastName', order: 'ASC' }} pagination={<Pagination />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="title" />
        <DataTable.Col source="phone" />
        <DataTable.Col source="email" />
        <DataTable.Col source="isPrimary" label="Primary" field={BooleanField} />
      </DataTable>
    </ReferenceManyField>
  );
}

function DevicesTab() {
  return (
    <ReferenceManyField reference="devices" target="organizationId" pagination={<Pagination />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="hostname" />
        <DataTable.Col source="deviceTypeName" label="Type" />
        <DataTable.Col source="modelName" label="Model" />
        <DataTable.Col source="osName" label="OS" />
        <DataTable.Col source="locationName" label="Location" />
        <DataTable.Col source="status" render={() => <ChoiceChip source="status" choices={deviceStatusChoices} />} />
      </DataTable>
    </ReferenceManyField>
  );
}

function TicketsTab() {
  return (
    <ReferenceManyField
      reference="tickets"
      target="organizationId"
      sort={{ field: 'createdAt', order: 'DESC' }}
      pagination={<Pagination />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="id" label="#" />
        <DataTable.Col source="subject" />
        <DataTable.Col source="statusCode" label="Status" render={() => <ChoiceChip source="statusCode" choices={ticketStatusChoices} />} />
        <DataTable.Col
          source="priorityCode"
          label="Priority"
          render={() => <ChoiceChip source="priorityCode" choices={ticketPriorityChoices} />}
        />
        <DataTable.Col source="createdAt" label="Opened" field={DateField} />
      </DataTable>
    </ReferenceManyField>
  );
}

export function OrganizationShow() {
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="Details">
          <TextField source="name" />
          <TextField source="ueCode" label="U-E code" />
          <TextField source="industry" emptyText="—" />
          <TextField source="domain" emptyText="—" />
          <TextField source="phone" emptyText="—" />
          <TextField source="timezone" />
          <TextField source="accountManagerName" label="Account manager" emptyText="—" />
          <BooleanField source="isVip" label="VIP" />
          <TextField source="notes" emptyText="—" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Contacts" path="contacts">
          <ContactsTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Devices" path="devices">
          <DevicesTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Locations" path="locations">
          <ReferenceManyField reference="locations" target="organizationId">
            <DataTable rowClick="edit" bulkActionButtons={false}>
              <DataTable.Col source="name" />
              <DataTable.Col source="address" />
              <DataTable.Col source="city" />
              <DataTable.NumberCol source="deviceCount" label="Devices" />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Tickets" path="tickets">
          <TicketsTab />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
