import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh } from 'react-admin';
import { postJson } from '../data-provider';
import type { Ticket } from '../types';

export type TicketActionName = 'assign' | 'escalate' | 'messages' | 'priority' | 'status' | 'resolve' | 'reopen' | 'close';

/** Posts one of the API's ticket actions for the current record, then refreshes the views. */
export function useTicketAction(action: TicketActionName) {
  const record = useRecordContext<Ticket>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);

  const run = async (body: object): Promise<boolean> => {
    if (!record) return false;
    setPending(true);
    try {
      await postJson(`/tickets/${record.id}/${action}`, body);
      notify(`Ticket #${record.id}: ${action} sent`, { type: 'success' });
      refresh();
      return true;
    } catch (error) {
      notify(error instanceof Error ? error.message : `Ticket ${action} failed`, { type: 'error' });
      return false;
    } finally {
      setPending(false);
    }
  };
  return { run, pending, record };
}
