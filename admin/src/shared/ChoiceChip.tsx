import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { choiceOf, type Choice } from './choices';

/** A coloured chip for an enum-like field of the current record (status, priority, sentiment…). */
export function ChoiceChip({ source, choices }: { source: string; choices: Choice[]; label?: string }) {
  const record = useRecordContext();
  const value = record?.[source] as string | null | undefined;
  if (!value) return null;
  const choice = choiceOf(choices, value);
  return <Chip size="small" label={choice?.name ?? value} color={choice?.color ?? 'default'} variant="outlined" />;
}
