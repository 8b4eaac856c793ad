import { BooleanField, DataTable, DateField, FunctionField, List, SearchInput, SelectInput, TextInput, useListContext } from 'react-admin';
import { kbCategoryChoices } from '../shared/choices';
import type { KbSearchHit } from '../types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search as a caller would say it" />,
  <SelectInput key="category" source="category" choices={kbCategoryChoices} alwaysOn />,
  <TextInput key="keyword" source="keyword" label="Keyword" />,
];

/** While searching, rows come ranked from the search (data-provider.ts): best first, with the line that matched. */
function Articles() {
  const { filterValues } = useListContext();
  const searching = typeof filterValues.q === 'string' && filterValues.q.trim() !== '';
  return (
    <DataTable rowClick="show">
      <DataTable.Col source="title" disableSort={searching} />
      {searching && (
        <DataTable.Col label="Why it matched" disableSort>
          {/* The rows of the plain list stay on screen until the ranked ones arrive: they have no snippet. */}
          <FunctionField<Partial<KbSearchHit>> render={(hit) => hit.snippet && <span data-testid="kb-snippet">{hit.snippet.text}</span>} />
        </DataTable.Col>
      )}
      <DataTable.Col source="category" disableSort={searching} />
      <DataTable.Col label="Steps" disableSort>
        <FunctionField render={(record: { steps: string[] }) => record.steps.length} />
      </DataTable.Col>
      {!searching && (
        <DataTable.Col label="Keywords" disableSort>
          <FunctionField render={(record: { keywords: string[] }) => record.keywords.slice(0, 5).join(', ')} />
        </DataTable.Col>
      )}
      {!searching && <DataTable.Col source="active" field={BooleanField} />}
      <DataTable.Col source="updatedAt" label="Updated" field={DateField} disableSort={searching} />
    </DataTable>
  );
}

export function KbArticleList() {
  return (
    <List filters={filters} sort={{ field: 'title', order: 'ASC' }} perPage={25}>
      <Articles />
    </List>
  );
}
