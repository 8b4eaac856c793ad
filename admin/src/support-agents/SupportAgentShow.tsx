import { BooleanField, DataTable, DateField, EmailField, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';

export function SupportAgentShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="kind" />
        <TextField source="role" />
        <TextField source="specialty" emptyText="—" />
        <EmailField source="email" emptyText="—" />
        <TextField source="phone" emptyText="—" />
        <BooleanField source="isOnCall" label="On call" />
        <BooleanField source="active" />
        <ReferenceManyField reference="tickets" target="assignedAgentId" label="Assigned tickets" filter={{ open: true }}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="id" label="#" />
            <DataTable.Col source="subject" />
            <DataTable.Col source="priorityName" label="Priority" />
            <DataTable.Col source="resolutionDueAt" label="Due" field={DateField} />
          </DataTable>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
