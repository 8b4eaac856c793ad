import { Create, SimpleForm } from 'react-admin';
import { KbArticleInputs } from './KbArticleInputs';

export function KbArticleCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ active: true, steps: [''], symptoms: [], keywords: [], body: '' }}>
        <KbArticleInputs />
      </SimpleForm>
    </Create>
  );
}
