import { useRef } from 'react';
import { useDataProvider, useGetIdentity, useNotify, useRedirect } from 'react-admin';
import type { Call, LiveEvent } from '../types';
import { useLiveEvent } from './LiveEventsProvider';

/** `call.transferring`: a warm transfer is ringing a technician (see activities/calls/live.ts). */
interface TransferRinging {
  callSid: string;
  supportAgentId: number | null;
  to: string;
}

function ringing(event: LiveEvent): TransferRinging | undefined {
  if (event.type !== 'call.transferring' || typeof event.data !== 'object' || event.data === null) return undefined;
  const data = event.data as Partial<TransferRinging>;
  return typeof data.callSid === 'string'
    ? { callSid: data.callSid, supportAgentId: data.supportAgentId ?? null, to: data.to ?? '' }
    : undefined;
}

/**
 * The technician being dialled by a warm transfer gets the call's page (live transcript) in front of
 * them, so they pick up knowing what was said. Works for panel users linked to a support agent.
 */
export function TransferWatcher() {
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider();
  const redirect = useRedirect();
  const notify = useNotify();
  // A transfer is announced on every turn while it rings: open the call once.
  const opened = useRef(new Set<string>());
  const mine = identity?.supportAgentId as number | null | undefined;

  useLiveEvent((event) => {
    const transfer = ringing(event);
    if (!transfer || mine === null || mine === undefined || transfer.supportAgentId !== mine) return;
    if (opened.current.has(transfer.callSid)) return;
    opened.current.add(transfer.callSid);
    void dataProvider
      .getList<Call>('calls', {
        filter: { callSid: transfer.callSid },
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'id', order: 'ASC' },
      })
      .then(({ data: [call] }) => {
        if (!call) return;
        notify(`A call is being transferred to you: ${call.contactName ?? call.callerPhone ?? 'caller'}`, { type: 'info' });
        redirect('show', 'calls', call.id);
      })
      .catch(() => opened.current.delete(transfer.callSid));
  });
  return null;
}
