import { Create, SimpleForm } from 'react-admin';
import { ContactInputs } from './ContactInputs';

export function ContactCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ active: true, isPrimary: false }}>
        <ContactInputs />
      </SimpleForm>
    </Create>
  );
}
