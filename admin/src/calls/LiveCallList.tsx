import { Box, Card, CardActionArea, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Title, useCreatePath, useGetList, useGetOne, useRedirect } from 'react-admin';
import { ElapsedTime } from '../shared/ElapsedTime';
import type { Call } from '../types';

const IN_PROGRESS = { status: 'in_progress' };
const NEWEST_FIRST = { field: 'startedAt', order: 'DESC' } as const;

/**
 * One call in progress. Its row comes from the calls list; what it is about comes from the call's
 * workflow (GET /calls/:id), refetched on each of its turns by LiveCallUpdates.
 */
function LiveCallCard({ row }: { row: Call }) {
  const { data: call = row } = useGetOne<Call>('calls', { id: row.id });
  const redirect = useRedirect();
  const createPath = useCreatePath();
  const lastLine = call.transcript?.at(-1);
  return (
    <Card variant="outlined" data-testid="live-call" data-call-sid={call.callSid}>
      <CardActionArea
        href={`#${createPath({ resource: 'calls', type: 'show', id: call.id })}`}
        onClick={(event) => {
          event.preventDefault();
          redirect('show', 'calls', call.id);
        }}
      >
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="subtitle1" sx={{ mr: 1 }}>
              {call.contactName ?? call.callerPhone ?? 'Unknown caller'}
              {call.organizationName && ` · ${call.organizationName}`}
            </Typography>
            {call.currentAgent && <Chip size="small" color="primary" label={`Agent: ${call.currentAgent}`} />}
            <Chip size="small" variant="outlined" label={<ElapsedTime since={call.startedAt} />} />
            {call.transfer?.status === 'dialing' && <Chip size="small" color="warning" label="Transferring" />}
            {call.ticketId && <Chip size="small" variant="outlined" label={`Ticket #${call.ticketId}`} />}
            {!call.live && <Chip size="small" label="Not reachable (workflow not running)" />}
          </Stack>
          {call.problem && (
            <Typography variant="body2" color="text.secondary">
              {call.problem}
            </Typography>
          )}
          {lastLine && (
            <Typography variant="body2" sx={{ mt: 1 }} noWrap>
              <strong>{lastLine.role === 'caller' ? 'Caller' : (lastLine.agent ?? lastLine.role)}:</strong> {lastLine.text}
            </Typography>
          )}
        </CardContent>
      </CardActionArea>
    </Card>
  );
}

/**
 * The calls in progress, updating as they happen: a call appears when it starts and leaves when it
 * ends (`call.started` / `call.completed` refresh the list), and each card follows its call's turns.
 */
export function LiveCallList() {
  const {
    data = [],
    isPending,
    error,
  } = useGetList<Call>('calls', {
    filter: IN_PROGRESS,
    sort: NEWEST_FIRST,
    pagination: { page: 1, perPage: 100 },
  });
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="Live calls" />
      <Typography variant="h5" sx={{ mb: 2 }}>
        Calls in progress {!isPending && `(${data.length})`}
      </Typography>
      {error && <Typography color="error">Could not load the calls in progress: {error.message}</Typography>}
      {!isPending && !error && data.length === 0 && <Typography color="text.secondary">No calls in progress.</Typography>}
      <Stack spacing={1}>
        {data.map((row) => (
          <LiveCallCard key={row.id} row={row} />
        ))}
      </Stack>
    </Box>
  );
}
