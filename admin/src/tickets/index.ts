import ConfirmationNumberIcon from '@mui/icons-material/ConfirmationNumber';
import type { Ticket } from '../types';
import { TicketCreate } from './TicketCreate';
import { TicketList } from './TicketList';
import { TicketShow } from './TicketShow';

export const tickets = {
  list: TicketList,
  show: TicketShow,
  create: TicketCreate,
  icon: ConfirmationNumberIcon,
  recordRepresentation: (record: Ticket) => `#${record.id} ${record.subject}`,
};
