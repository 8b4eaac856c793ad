import { ArrayInput, BooleanInput, required, SelectInput, SimpleFormIterator, TextInput } from 'react-admin';
import { kbCategoryChoices } from '../shared/choices';

/** Keywords, symptoms and steps are string arrays: each item is its own input (empty `source`). */
export function KbArticleInputs() {
  return (
    <>
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="slug" validate={required()} helperText="lower-case-words-with-hyphens" />
      <SelectInput source="category" choices={kbCategoryChoices} validate={required()} />
      <ArrayInput source="steps" label="Troubleshooting steps (read aloud, in order)" validate={required()}>
        <SimpleFormIterator inline disableReordering={false}>
          <TextInput source="" label="Step" fullWidth />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="symptoms" label="Symptoms (caller's words)">
        <SimpleFormIterator inline>
          <TextInput source="" label="Symptom" />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="keywords">
        <SimpleFormIterator inline>
          <TextInput source="" label="Keyword" />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput source="escalateWhen" label="Escalate when" validate={required()} multiline fullWidth />
      <TextInput source="body" label="Article (Markdown)" multiline minRows={4} fullWidth />
      <BooleanInput source="active" />
    </>
  );
}
