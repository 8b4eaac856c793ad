import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import type { Callback } from '../types';
import { CallbackList } from './CallbackList';
import { CallbackShow } from './CallbackShow';

/** Scheduled by call workflows; the panel lists them and can cancel pending ones. */
export const callbacks = {
  list: CallbackList,
  show: CallbackShow,
  icon: PhoneCallbackIcon,
  recordRepresentation: (record: Callback) => `${record.phone} @ ${new Date(record.scheduledFor).toLocaleString()}`,
};
