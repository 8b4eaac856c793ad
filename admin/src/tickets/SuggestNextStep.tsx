import TipsAndUpdatesIcon from '@mui/icons-material/TipsAndUpdates';
import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useRecordContext } from 'react-admin';
import type { UrackitDataProvider } from '../data-provider';
import type { SuggestedAction, Ticket } from '../types';

function ActionItem({ action }: { action: SuggestedAction }) {
  const article = action.kbArticle;
  return (
    <ListItem alignItems="flex-start" disableGutters data-testid="suggested-action">
      <ListItemText
        primary={action.title}
        secondary={
          <>
            {action.detail}
            {article && (
              <>
                {' '}
                <Link href={`#/kb-articles/${article.id}/show`} data-testid="suggestion-kb-link">
                  KB: {article.title}
                </Link>
              </>
            )}
          </>
        }
      />
    </ListItem>
  );
}

function Suggestions({ ticketId }: { ticketId: number }) {
  const dataProvider = useDataProvider<UrackitDataProvider>();
  const { data, error, isPending } = useQuery({
    queryKey: ['ai', 'suggest', ticketId],
    queryFn: () => dataProvider.suggestNextSteps({ ticketId }),
  });
  if (isPending) return <CircularProgress size={24} />;
  if (error) return <Alert severity="error">No suggestions: {error.message}</Alert>;
  if (data.actions.length === 0) return <Typography color="text.secondary">Nothing to suggest: the ticket looks in hand.</Typography>;
  return (
    <>
      <List dense>
        {data.actions.map((action, index) => (
          <ActionItem key={index} action={action} />
        ))}
      </List>
      <Typography variant="caption" color="text.secondary">
        {data.brain === 'model' ? 'Suggested by the AI model' : 'Suggested by the built-in rules'}, from the ticket and the knowledge base.
      </Typography>
    </>
  );
}

/** Asks the AI API for the technician's next best actions on this ticket, citing KB articles. */
export function SuggestNextStep() {
  const ticket = useRecordContext<Ticket>();
  const [open, setOpen] = useState(false);
  if (!ticket) return null;
  return (
    <>
      <Button size="small" startIcon={<TipsAndUpdatesIcon />} onClick={() => setOpen(true)}>
        Suggest next step
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>Next steps for ticket #{ticket.id}</DialogTitle>
        <DialogContent>{open && <Suggestions ticketId={Number(ticket.id)} />}</DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Close</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
