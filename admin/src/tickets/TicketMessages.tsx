import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import { Form, required, SelectInput, TextInput, useRecordContext } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import type { TAddTicketMessageRequest } from '../../../api/tickets/schemas';
import type { Ticket, TicketMessage } from '../types';
import { useTicketAction } from './use-ticket-action';

function Message({ message }: { message: TicketMessage }) {
  const internal = message.visibility === 'internal';
  return (
    <Paper
      variant="outlined"
      sx={{ p: 1.5, bgcolor: internal ? 'warning.50' : 'background.paper', borderStyle: internal ? 'dashed' : 'solid' }}
    >
      <Typography variant="caption" color="text.secondary">
        {message.authorName ?? message.authorType} · {new Date(message.createdAt).toLocaleString()}
        {internal && ' · internal note'}
      </Typography>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
        {message.body}
      </Typography>
    </Paper>
  );
}

function AddMessage() {
  const { mutate, isPending } = useTicketAction('addTicketMessage', 'Message');
  return (
    <Form onSubmit={(values: FieldValues) => mutate(values as TAddTicketMessageRequest)} defaultValues={{ visibility: 'public' }}>
      <TextInput source="body" label="Reply or note" validate={required()} multiline minRows={2} fullWidth />
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
        <SelectInput
          source="visibility"
          choices={[
            { id: 'public', name: 'Public reply' },
            { id: 'internal', name: 'Internal note' },
          ]}
          helperText={false}
          fullWidth={false}
          sx={{ minWidth: 200 }}
        />
        <Button type="submit" variant="contained" disabled={isPending}>
          Send
        </Button>
      </Box>
    </Form>
  );
}

export function TicketMessages() {
  const ticket = useRecordContext<Ticket>();
  const messages = ticket?.messages ?? [];
  return (
    <Stack spacing={1} sx={{ width: '100%' }}>
      {messages.length === 0 && <Typography color="text.secondary">No messages yet.</Typography>}
      {messages.map((message) => (
        <Message key={message.id} message={message} />
      ))}
      {/* Keyed by the count so the form clears once the new message is in the record. */}
      <AddMessage key={messages.length} />
    </Stack>
  );
}
