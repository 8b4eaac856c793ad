import { Box, Chip, Typography } from '@mui/material';
import { BooleanField, Labeled, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';

interface KbArticle {
  steps: string[];
  symptoms: string[];
  keywords: string[];
}

function Steps() {
  const article = useRecordContext<KbArticle & { id: number }>();
  return (
    <Labeled label="Steps">
      <Box component="ol" sx={{ m: 0, pl: 3 }}>
        {article?.steps.map((step, index) => (
          <li key={index}>
            <Typography variant="body2">{step}</Typography>
          </li>
        ))}
      </Box>
    </Labeled>
  );
}

function Tags({ source, label }: { source: 'symptoms' | 'keywords'; label: string }) {
  const article = useRecordContext<KbArticle & { id: number }>();
  return (
    <Labeled label={label}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
        {article?.[source].map((tag) => (
          <Chip key={tag} size="small" label={tag} />
        ))}
      </Box>
    </Labeled>
  );
}

export function KbArticleShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <TextField source="slug" />
        <TextField source="category" />
        <Steps />
        <Tags source="symptoms" label="Symptoms" />
        <Tags source="keywords" label="Keywords" />
        <TextField source="escalateWhen" label="Escalate when" />
        <TextField source="body" label="Article" sx={{ whiteSpace: 'pre-wrap' }} />
        <BooleanField source="active" />
      </SimpleShowLayout>
    </Show>
  );
}
