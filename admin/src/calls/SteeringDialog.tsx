import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Form } from 'react-admin';
import type { FieldValues } from 'react-hook-form';

interface SteeringDialogProps {
  label: string;
  title: string;
  icon: ReactNode;
  pending: boolean;
  /** Sends the form; calls `close` once the API accepted it. */
  onSubmit(values: FieldValues, close: () => void): void;
  children: ReactNode;
}

/** A toolbar button opening a small form that steers the live call (whisper, take over). */
export function SteeringDialog({ label, title, icon, pending, onSubmit, children }: SteeringDialogProps) {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <Button size="small" startIcon={icon} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
        <Form onSubmit={(values: FieldValues) => onSubmit(values, close)}>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button onClick={close}>Cancel</Button>
            <Button type="submit" variant="contained" disabled={pending}>
              {label}
            </Button>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
