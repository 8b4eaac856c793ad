import { BooleanField, DataTable, DateField, FunctionField, List, SearchInput, SelectInput, TextInput } from 'react-admin';
import { kbCategoryChoices } from '../shared/choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="category" source="category" choices={kbCategoryChoices} alwaysOn />,
  <TextInput key="keyword" source="keyword" label="Keyword" />,
];

export function KbArticleList() {
  return (
    <List filters={filters} sort={{ field: 'title', order: 'ASC' }} perPage={25}>
      <DataTable rowClick="show">
        <DataTable.Col source="title" />
        <DataTable.Col source="category" />
        <DataTable.Col label="Steps" disableSort>
          <FunctionField render={(record: { steps: string[] }) => record.steps.length} />
        </DataTable.Col>
        <DataTable.Col label="Keywords" disableSort>
          <FunctionField render={(record: { keywords: string[] }) => record.keywords.slice(0, 5).join(', ')} />
        </DataTable.Col>
        <DataTable.Col source="active" field={BooleanField} />
        <DataTable.Col source="updatedAt" label="Updated" field={DateField} />
      </DataTable>
    </List>
  );
}
