import { Card, CardContent, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { callStatusChoices, choiceOf, sentimentChoices } from '../shared/choices';
import { formatDuration } from '../shared/format';
import type { Call } from '../types';

export function RecentCalls({ calls }: { calls: Call[] }) {
  return (
    <Card sx={{ flex: '1 1 100%' }}>
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          Recent calls
        </Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>Started</TableCell>
              <TableCell>Caller</TableCell>
              <TableCell>Organization</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Duration</TableCell>
              <TableCell>Sentiment</TableCell>
              <TableCell>Summary</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {calls.map((call) => (
              <TableRow key={call.id} hover>
                <TableCell>
                  <Link to={`/calls/${call.id}/show`}>{new Date(call.startedAt).toLocaleString()}</Link>
                </TableCell>
                <TableCell>{call.contactName ?? call.callerPhone ?? '—'}</TableCell>
                <TableCell>{call.organizationName ?? '—'}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    label={choiceOf(callStatusChoices, call.status)?.name ?? call.status}
                    color={choiceOf(callStatusChoices, call.status)?.color ?? 'default'}
                  />
                </TableCell>
                <TableCell>{formatDuration(call.durationSeconds)}</TableCell>
                <TableCell>{choiceOf(sentimentChoices, call.sentiment)?.name ?? '—'}</TableCell>
                <TableCell sx={{ maxWidth: 360, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                  {call.callSummary ?? ''}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
