import { callbackCancelRefusal } from '../../../domain/callbacks/status';
import CancelIcon from '@mui/icons-material/Cancel';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { postJson } from '../data-provider';
import type { Callback } from '../types';

/** Cancels a scheduled callback through the API, which signals its workflow. */
export function CancelCallbackButton() {
  const callback = useRecordContext<Callback>();
  const { canAccess } = useCanAccess({ resource: 'callbacks', action: 'cancel' });
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  if (!callback || !canAccess || callbackCancelRefusal(callback.status) !== null) return null;

  const cancel = async () => {
    setPending(true);
    try {
      await postJson(`/callbacks/${callback.id}/cancel`, {});
      notify('Callback cancelled', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'Could not cancel', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button
      size="small"
      color="error"
      startIcon={<CancelIcon />}
      disabled={pending}
      onClick={(event) => {
        event.stopPropagation();
        void cancel();
      }}
    >
      Cancel
    </Button>
  );
}
