import BusinessIcon from '@mui/icons-material/Business';
import type { Organization } from '../types';
import { OrganizationCreate } from './OrganizationCreate';
import { OrganizationEdit } from './OrganizationEdit';
import { OrganizationList } from './OrganizationList';
import { OrganizationShow } from './OrganizationShow';

export const organizations = {
  list: OrganizationList,
  show: OrganizationShow,
  edit: OrganizationEdit,
  create: OrganizationCreate,
  icon: BusinessIcon,
  recordRepresentation: (record: Organization) => `${record.name} (${record.ueCode})`,
};
