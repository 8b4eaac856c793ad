import PlaceIcon from '@mui/icons-material/Place';
import { LocationCreate } from './LocationCreate';
import { LocationEdit } from './LocationEdit';
import { LocationList } from './LocationList';

export const locations = {
  list: LocationList,
  edit: LocationEdit,
  create: LocationCreate,
  icon: PlaceIcon,
  recordRepresentation: 'name',
};
