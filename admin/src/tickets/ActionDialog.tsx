import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Form } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import type { TicketActionInput, TicketActionMethod } from '../data-provider';
import { useTicketAction } from './use-ticket-action';

interface ActionDialogProps<M extends TicketActionMethod> {
  method: M;
  label: string;
  title: string;
  icon?: ReactNode;
  disabled?: boolean;
  defaultValues?: Partial<TicketActionInput<M>>;
  /** The form's inputs; their values are the action's input (the API validates them). */
  children: ReactNode;
}

/** A toolbar button that opens a small form and sends it as one of the ticket's actions. */
export function ActionDialog<M extends TicketActionMethod>({
  method,
  label,
  title,
  icon,
  disabled,
  defaultValues,
  children,
}: ActionDialogProps<M>) {
  const [open, setOpen] = useState(false);
  const { mutate, isPending } = useTicketAction(method, label);
  const submit = (values: FieldValues) => mutate(values as TicketActionInput<M>, { onSuccess: () => setOpen(false) });
  return (
    <>
      <Button size="small" startIcon={icon} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={submit} defaultValues={defaultValues as FieldValues | undefined}>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" variant="contained" disabled={isPending}>
              {label}
            </Button>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
