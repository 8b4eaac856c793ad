import type { KbCategory } from '../../domain/kb/categories';

/** What the workflow tells a tool activity about the call it runs for. */
export interface ToolContext {
  callSid: string;
  callerPhone: string;
  organizationId?: string;
  contactId?: string;
  transferNumber: string;
  /** The caller's problem in their words, when known: it becomes the ticket a human picks up. */
  problem?: string;
  category?: KbCategory;
}
