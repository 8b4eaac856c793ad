import { ContactDeviceCreate } from './ContactDeviceCreate';
import { ContactDeviceEdit } from './ContactDeviceEdit';

/** No list of its own: links are listed on contacts' and devices' pages (ContactDevices, DeviceUsers). */
export const contactDevices = {
  create: ContactDeviceCreate,
  edit: ContactDeviceEdit,
  recordRepresentation: 'deviceName',
  options: { label: 'Contact devices' },
};

export { ContactDevices } from './ContactDevices';
export { DeviceUsers } from './DeviceUsers';
