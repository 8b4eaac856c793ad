import { useMutation } from '@tanstack/react-query';
import CancelIcon from '@mui/icons-material/Cancel';
import { Button } from '@mui/material';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { callbackCancelRefusal } from '../../../domain/callbacks/status';
import type { UrackitDataProvider } from '../data-provider';
import type { Callback } from '../types';

/** Cancels a scheduled callback through the data provider; the API signals its workflow. */
export function CancelCallbackButton() {
  const callback = useRecordContext<Callback>();
  const { canAccess } = useCanAccess({ resource: 'callbacks', action: 'cancel' });
  const dataProvider = useDataProvider<UrackitDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { mutate, isPending } = useMutation({
    mutationFn: (id: Callback['id']) => dataProvider.cancelCallback(id, {}),
    onSuccess: () => {
      notify('Callback cancelled', { type: 'success' });
      refresh();
    },
    onError: (error: Error) => notify(error.message || 'Could not cancel', { type: 'error' }),
  });
  if (!callback || !canAccess || callbackCancelRefusal(callback.status) !== null) return null;
  return (
    <Button
      size="small"
      color="error"
      startIcon={<CancelIcon />}
      disabled={isPending}
      onClick={(event) => {
        event.stopPropagation();
        mutate(callback.id);
      }}
    >
      Cancel
    </Button>
  );
}
