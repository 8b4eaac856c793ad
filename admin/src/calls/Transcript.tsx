import { Box, Paper, Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { Call, TranscriptLine } from '../types';

function Line({ line }: { line: TranscriptLine }) {
  const caller = line.role === 'caller';
  const system = line.role === 'system';
  return (
    <Box sx={{ display: 'flex', justifyContent: caller ? 'flex-start' : 'flex-end' }}>
      <Paper
        variant="outlined"
        sx={{
          p: 1.25,
          maxWidth: '75%',
          bgcolor: system ? 'action.hover' : caller ? 'background.paper' : 'primary.50',
          borderColor: caller ? 'divider' : 'primary.light',
        }}
      >
        <Typography variant="caption" color="text.secondary">
          {caller ? 'Caller' : system ? 'System' : `Agent${line.agent ? ` · ${line.agent}` : ''}`}
          {line.at && ` · ${new Date(line.at).toLocaleTimeString()}`}
        </Typography>
        <Typography variant="body2">{line.text}</Typography>
      </Paper>
    </Box>
  );
}

/** The conversation as chat bubbles: caller on the left, agents on the right; a live call's grows turn by turn. */
export function Transcript() {
  const call = useRecordContext<Call>();
  const lines = call?.transcript ?? [];
  if (lines.length === 0 && !call?.live) return <Typography color="text.secondary">No transcript recorded.</Typography>;
  return (
    <Stack spacing={1} sx={{ width: '100%', maxWidth: 900 }} data-testid="transcript">
      {lines.map((line, index) => (
        <Line key={index} line={line} />
      ))}
      {call?.live && (
        <Typography variant="caption" color="text.secondary">
          The call is in progress: what is said appears here as it is said.
        </Typography>
      )}
    </Stack>
  );
}
