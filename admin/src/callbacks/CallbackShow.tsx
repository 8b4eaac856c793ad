import { DateField, NumberField, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { ChoiceChip } from '../shared/ChoiceChip';
import { callbackStatusChoices } from '../shared/choices';
import { CancelCallbackButton } from './CancelCallbackButton';

export function CallbackShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <CancelCallbackButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="phone" />
        <TextField source="contactName" label="Contact" emptyText="—" />
        <ReferenceField source="organizationId" reference="organizations" link="show" emptyText="—" />
        <ReferenceField source="ticketId" reference="tickets" link="show" emptyText="—" />
        <ReferenceField source="callLogId" reference="calls" link="show" label="Requested during call" emptyText="—" />
        <TextField source="reason" emptyText="—" />
        <DateField source="scheduledFor" showTime />
        <ChoiceChip source="status" label="Status" choices={callbackStatusChoices} />
        <NumberField source="attempts" />
        <NumberField source="maxAttempts" />
        <DateField source="lastAttemptAt" showTime emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}
