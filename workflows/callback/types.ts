import type { CallbackStatus } from '../../domain/callbacks/status';
import type { Calendar } from '../../domain/sla/calendar';

/** What a CallbackWorkflow needs to know about its callback, read once. */
export interface CallbackContext {
  callbackId: number;
  phone: string;
  requestedAt: number;
  maxAttempts: number;
  status: CallbackStatus;
  /** The ticket behind the call, escalated when nobody answers. */
  ticketId: number | null;
  calendar: Calendar;
}
