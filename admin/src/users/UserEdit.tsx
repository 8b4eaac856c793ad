import { Edit, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

/** The API ignores an absent password; an empty field must not be sent as "". */
const dropEmptyPassword = ({ password, ...user }: Record<string, unknown>) => (password ? { ...user, password } : user);

export function UserEdit() {
  return (
    <Edit mutationMode="pessimistic" transform={dropEmptyPassword}>
      <SimpleForm>
        <UserInputs />
      </SimpleForm>
    </Edit>
  );
}
