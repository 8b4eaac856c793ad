import { Edit, SimpleForm } from 'react-admin';
import { KbArticleInputs } from './KbArticleInputs';

export function KbArticleEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm>
        <KbArticleInputs />
      </SimpleForm>
    </Edit>
  );
}
