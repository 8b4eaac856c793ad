import PhoneInTalkIcon from '@mui/icons-material/PhoneInTalk';
import type { Call } from '../types';
import { CallList } from './CallList';
import { CallShow } from './CallShow';

/** Read-only: calls are written by their workflows (steering a live one is an action, not an edit). */
export const calls = {
  list: CallList,
  show: CallShow,
  icon: PhoneInTalkIcon,
  recordRepresentation: (record: Call) => `${record.callerPhone ?? 'call'} · ${new Date(record.startedAt).toLocaleString()}`,
};

/** The calls in progress: a page of this resource at /calls/live (a route in App, an entry in the menu). */
export { LiveCallList } from './LiveCallList';
