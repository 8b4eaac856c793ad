import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { SupportAgentCreate } from './SupportAgentCreate';
import { SupportAgentEdit } from './SupportAgentEdit';
import { SupportAgentList } from './SupportAgentList';
import { SupportAgentShow } from './SupportAgentShow';

export const supportAgents = {
  list: SupportAgentList,
  show: SupportAgentShow,
  edit: SupportAgentEdit,
  create: SupportAgentCreate,
  icon: SupportAgentIcon,
  recordRepresentation: 'name',
  options: { label: 'Support agents' },
};
