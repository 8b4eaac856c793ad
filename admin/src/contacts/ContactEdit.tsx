import { Edit, SimpleForm } from 'react-admin';
import { ContactInputs } from './ContactInputs';

export function ContactEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm>
        <ContactInputs />
      </SimpleForm>
    </Edit>
  );
}
