import PhoneInTalkIcon from '@mui/icons-material/PhoneInTalk';
import type { Call } from '../types';
import { CallList } from './CallList';
import { CallShow } from './CallShow';

/** Read-only: calls are written by their workflows. */
export const calls = {
  list: CallList,
  show: CallShow,
  icon: PhoneInTalkIcon,
  recordRepresentation: (record: Call) => `${record.callerPhone ?? 'call'} · ${new Date(record.startedAt).toLocaleString()}`,
};
