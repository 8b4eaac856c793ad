import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Form } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { useTicketAction, type TicketActionName } from './use-ticket-action';

interface ActionDialogProps {
  action: TicketActionName;
  label: string;
  title: string;
  icon?: ReactNode;
  disabled?: boolean;
  defaultValues?: FieldValues;
  /** The form's inputs; their values become the request body. */
  children: ReactNode;
}

/** A toolbar button that opens a small form and posts it to `/tickets/:id/<action>`. */
export function ActionDialog({ action, label, title, icon, disabled, defaultValues, children }: ActionDialogProps) {
  const [open, setOpen] = useState(false);
  const { run, pending } = useTicketAction(action);
  const submit = async (values: FieldValues) => {
    if (await run(values)) setOpen(false);
  };
  return (
    <>
      <Button size="small" startIcon={icon} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={submit} defaultValues={defaultValues}>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" variant="contained" disabled={pending}>
              {label}
            </Button>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
