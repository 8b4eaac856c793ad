import LanguageIcon from '@mui/icons-material/Language';
import type { Domain } from '../types';
import { DomainCreate } from './DomainCreate';
import { DomainEdit } from './DomainEdit';
import { DomainList } from './DomainList';

export const domains = {
  list: DomainList,
  edit: DomainEdit,
  create: DomainCreate,
  icon: LanguageIcon,
  recordRepresentation: (record: Domain) => record.name,
};
