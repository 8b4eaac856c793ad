import ContactPhoneIcon from '@mui/icons-material/ContactPhone';
import type { Contact } from '../types';
import { ContactCreate } from './ContactCreate';
import { ContactEdit } from './ContactEdit';
import { ContactList } from './ContactList';
import { ContactShow } from './ContactShow';

export const contacts = {
  list: ContactList,
  show: ContactShow,
  edit: ContactEdit,
  create: ContactCreate,
  icon: ContactPhoneIcon,
  recordRepresentation: (record: Contact) => record.name,
};
