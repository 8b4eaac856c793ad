import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { AccountManagerCreate } from './AccountManagerCreate';
import { AccountManagerEdit } from './AccountManagerEdit';
import { AccountManagerList } from './AccountManagerList';

export const accountManagers = {
  list: AccountManagerList,
  edit: AccountManagerEdit,
  create: AccountManagerCreate,
  icon: ManageAccountsIcon,
  recordRepresentation: 'name',
  options: { label: 'Account managers' },
};
