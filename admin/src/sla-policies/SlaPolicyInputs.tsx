import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';

export function SlaPolicyInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} />
      <ReferenceInput source="priorityId" reference="ticket-priorities">
        <SelectInput label="Priority" validate={required()} />
      </ReferenceInput>
      <ReferenceInput source="organizationId" reference="organizations">
        <AutocompleteInput label="Organization (empty = default policy)" />
      </ReferenceInput>
      <NumberInput source="firstResponseMinutes" label="First response (minutes)" validate={required()} min={1} />
      <NumberInput source="resolutionMinutes" label="Resolution (minutes)" validate={required()} min={1} />
      <NumberInput source="warningPercent" label="Warn at (% of target)" min={1} max={99} />
      <BooleanInput source="businessHoursOnly" label="Count business hours only" />
      <ArrayInput source="escalationLevels" label="Escalation levels">
        <SimpleFormIterator inline>
          <NumberInput source="level" min={1} max={10} validate={required()} />
          <SelectInput
            source="after"
            choices={[
              { id: 'warning', name: 'After warning' },
              { id: 'breach', name: 'After breach' },
            ]}
            validate={required()}
          />
          <SelectInput
            source="notify"
            choices={[
              { id: 'assignee', name: 'Assignee' },
              { id: 'supervisor', name: 'Supervisor' },
              { id: 'account_manager', name: 'Account manager' },
              { id: 'on_call', name: 'On call' },
            ]}
            validate={required()}
          />
          <NumberInput source="delayMinutes" label="Delay (min)" min={0} />
        </SimpleFormIterator>
      </ArrayInput>
      <BooleanInput source="active" />
    </>
  );
}
