import { Stack, Typography } from '@mui/material';
import { Link, ListBase, useCreatePath, useRecordContext } from 'react-admin';
import { ListPagination } from '../shared/ListPagination';
import type { Call } from '../types';
import { CallHistoryTable } from './CallHistory';

/** Same caller: the number they called from, or the contact they were identified as. */
export function sameCallerFilter(call: Pick<Call, 'callerPhone' | 'contactId'>) {
  const caller = { ...(call.callerPhone ? { phone: call.callerPhone } : {}), ...(call.contactId ? { contactId: call.contactId } : {}) };
  return Object.keys(caller).length > 0 ? { caller } : undefined;
}

/** The caller's earlier calls (what they called about, how it ended), with a link to all their calls. */
export function PreviousCalls() {
  const call = useRecordContext<Call>();
  const createPath = useCreatePath();
  const caller = call ? sameCallerFilter(call) : undefined;
  if (!call || !caller) return <Typography color="text.secondary">Unknown caller: no history.</Typography>;
  const shown = Object.fromEntries(Object.keys(caller.caller).map((key) => [`caller.${key}`, true]));
  const query = `filter=${encodeURIComponent(JSON.stringify(caller))}&displayedFilters=${encodeURIComponent(JSON.stringify(shown))}`;
  const allTheirCalls = `${createPath({ resource: 'calls', type: 'list' })}?${query}`;
  return (
    <Stack spacing={1} sx={{ width: '100%' }}>
      <ListBase
        resource="calls"
        filter={{ ...caller, startedAt_lt: call.startedAt }}
        sort={{ field: 'startedAt', order: 'DESC' }}
        perPage={10}
        disableSyncWithLocation
      >
        <CallHistoryTable />
        <ListPagination rowsPerPageOptions={[10]} />
      </ListBase>
      <Link to={allTheirCalls} data-testid="all-caller-calls">
        All calls from this caller
      </Link>
    </Stack>
  );
}
