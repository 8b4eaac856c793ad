import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { UrackitDataProvider } from '../data-provider';
import type { Call } from '../types';

type Steer<Input> = (dataProvider: UrackitDataProvider, callId: Call['id'], input: Input) => Promise<void>;

/**
 * A supervisor's action on the current call, through the data provider. Either way the call is read
 * again: on success to show what it did, on a refusal (409: the call has ended) to show why.
 */
export function useCallSteering<Input>(steer: Steer<Input>, done: string) {
  const call = useRecordContext<Call>();
  const dataProvider = useDataProvider<UrackitDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const reread = () => queryClient.invalidateQueries({ queryKey: ['calls', 'getOne', { id: String(call?.id) }] });
  return useMutation({
    mutationFn: (input: Input) => {
      if (!call) throw new Error('no call to steer');
      return steer(dataProvider, call.id, input);
    },
    onSuccess: () => {
      notify(done, { type: 'success' });
      return reread();
    },
    onError: (error: Error) => {
      notify(error.message || 'The call could not be steered', { type: 'error' });
      return reread();
    },
  });
}
