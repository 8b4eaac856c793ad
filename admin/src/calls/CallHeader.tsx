import { Box, Chip, Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { ChoiceChip } from '../shared/ChoiceChip';
import { callOutcomeChoices, callStatusChoices, sentimentChoices } from '../shared/choices';
import { ElapsedTime } from '../shared/ElapsedTime';
import { formatDuration } from '../shared/format';
import type { Call, CallTransfer } from '../types';

function transferLabel(transfer: CallTransfer): string {
  const who = transfer.technician?.name ?? transfer.to;
  if (transfer.status === 'dialing') return `Ringing ${who}…`;
  return transfer.status === 'connected' ? `With ${who}` : `${who} did not answer`;
}

/** While the call goes on: the agent on it, the time on the line (ticking), a transfer under way. */
function LiveChips({ call }: { call: Call }) {
  return (
    <>
      <Chip size="small" color="error" label="Live" data-testid="live-chip" />
      {call.currentAgent && <Chip size="small" color="primary" label={`Agent: ${call.currentAgent}`} data-testid="current-agent" />}
      <Chip size="small" variant="outlined" label={<ElapsedTime since={call.startedAt} />} />
      {call.transfer && <Chip size="small" color="warning" label={transferLabel(call.transfer)} />}
    </>
  );
}

function EndedChips({ call }: { call: Call }) {
  return (
    <>
      <ChoiceChip source="status" choices={callStatusChoices} />
      <ChoiceChip source="outcome" choices={callOutcomeChoices} />
      <ChoiceChip source="sentiment" choices={sentimentChoices} />
      {call.aiResolution && <Chip size="small" color="success" label="Resolved by AI" />}
      {call.wasEscalated && <Chip size="small" color="warning" label="Escalated" />}
      <Chip size="small" variant="outlined" label={`${formatDuration(call.durationSeconds)} · ${call.brain} brain`} />
    </>
  );
}

export function CallHeader() {
  const call = useRecordContext<Call>();
  if (!call) return null;
  return (
    <Box sx={{ p: 2, pb: 0 }}>
      <Typography variant="h5">
        Call from {call.contactName ?? call.callerPhone ?? 'unknown caller'}
        {call.organizationName && ` · ${call.organizationName}`}
      </Typography>
      {call.live && call.problem && (
        <Typography variant="body2" color="text.secondary">
          Problem: {call.problem}
        </Typography>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        {call.live ? <LiveChips call={call} /> : <EndedChips call={call} />}
      </Stack>
    </Box>
  );
}
