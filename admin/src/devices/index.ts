import DevicesIcon from '@mui/icons-material/Devices';
import { DeviceCreate } from './DeviceCreate';
import { DeviceEdit } from './DeviceEdit';
import { DeviceList } from './DeviceList';
import { DeviceShow } from './DeviceShow';

export const devices = {
  list: DeviceList,
  show: DeviceShow,
  edit: DeviceEdit,
  create: DeviceCreate,
  icon: DevicesIcon,
  recordRepresentation: (record: { hostname: string | null; serialNumber: string | null; id: number | string }) =>
    record.hostname ?? record.serialNumber ?? `device ${record.id}`,
};
