import {
  BooleanField,
  CreateButton,
  DataTable,
  DateField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { CallHistory } from '../calls/CallHistory';
import { ChoiceChip } from '../shared/ChoiceChip';
import { ListPagination } from '../shared/ListPagination';
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
      pagination={<ListPagination />}
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

function DomainsTab() {
  const organization = useRecordContext();
  return (
    <>
      <ReferenceManyField reference="domains" target="organizationId">
        <DataTable rowClick="edit" bulkActionButtons={false}>
          <DataTable.Col source="name" label="Domain" />
          <DataTable.Col source="registrar" />
          <DataTable.Col source="expiresAt" label="Expires" field={DateField} />
          <DataTable.Col source="dnsProvider" label="DNS" />
          <DataTable.Col source="emailProvider" label="E-mail" />
        </DataTable>
      </ReferenceManyField>
      <CreateButton resource="domains" label="Add a domain" state={{ record: { organizationId: organization?.id } }} />
    </>
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
          <ReferenceField source="accountManagerId" reference="account-managers" label="Account manager" emptyText="—" />
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
        <TabbedShowLayout.Tab label="Calls" path="calls">
          <CallHistory target="organizationId" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Domains" path="domains">
          <DomainsTab />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
