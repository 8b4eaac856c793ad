import {
  BooleanField,
  DataTable,
  DateField,
  EmailField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';

export function ContactShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="organizationId" reference="organizations" link="show" />
        <TextField source="title" emptyText="—" />
        <TextField source="phone" />
        <TextField source="mobilePhone" emptyText="—" />
        <EmailField source="email" emptyText="—" />
        <BooleanField source="isPrimary" label="Primary contact" />
        <ReferenceManyField reference="tickets" target="contactId" label="Tickets" sort={{ field: 'createdAt', order: 'DESC' }}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="id" label="#" />
            <DataTable.Col source="subject" />
            <DataTable.Col source="statusName" label="Status" />
            <DataTable.Col source="createdAt" label="Opened" field={DateField} />
          </DataTable>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
