import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { TicketActionInput, TicketActionMethod, UrackitDataProvider } from '../data-provider';
import type { Ticket } from '../types';

/**
 * One of the ticket's actions for the current record, through the data provider: `mutate(input)`
 * sends it, tells the user how it went (the API's reason when refused) and refreshes the views.
 */
export function useTicketAction<M extends TicketActionMethod>(method: M, label: string) {
  const ticket = useRecordContext<Ticket>();
  const dataProvider = useDataProvider<UrackitDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: TicketActionInput<M>) => {
      if (!ticket) throw new Error('no ticket to act on');
      // TypeScript cannot tie a method name to its own parameter type through a union; M does.
      const send = dataProvider[method] as (id: Ticket['id'], input: TicketActionInput<M>) => Promise<Ticket>;
      return send(ticket.id, input);
    },
    onSuccess: () => {
      notify(`Ticket #${ticket?.id}: ${label.toLowerCase()} sent`, { type: 'success' });
      refresh();
    },
    onError: (error: Error) => notify(error.message || `Ticket ${label.toLowerCase()} failed`, { type: 'error' }),
  });
}
