import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributeUpdatePair } from '@temporalio/common';
import { upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';

/**
 * What an operator finds calls and tickets by, in the Temporal Web UI and the CLI:
 *   temporal workflow list --query 'UeCode="UE-1042" AND TicketPriority="critical"'
 * The workers register them (infra/search-attributes.ts); workflows keep them current.
 */
export const UeCode = defineSearchAttributeKey('UeCode', SearchAttributeType.KEYWORD);
export const CallerPhone = defineSearchAttributeKey('CallerPhone', SearchAttributeType.KEYWORD);
export const TicketPriority = defineSearchAttributeKey('TicketPriority', SearchAttributeType.KEYWORD);
export const TicketStatus = defineSearchAttributeKey('TicketStatus', SearchAttributeType.KEYWORD);
export const CurrentAgent = defineSearchAttributeKey('CurrentAgent', SearchAttributeType.KEYWORD);
/** ok | warning | breached | paused | stopped */
export const SlaState = defineSearchAttributeKey('SlaState', SearchAttributeType.KEYWORD);

export const SEARCH_ATTRIBUTES = [UeCode, CallerPhone, TicketPriority, TicketStatus, CurrentAgent, SlaState] as const;

type Keyword = typeof UeCode;

/** Upserts only what changed since the workflow last said (each upsert is a command in its history). */
export function keepSearchAttributes(values: Array<[Keyword, string | null | undefined]>): void {
  const current = workflowInfo().typedSearchAttributes;
  const changed: SearchAttributeUpdatePair[] = values
    .filter(([key, value]) => value !== undefined && (current.get(key) ?? null) !== value)
    .map(([key, value]) => ({ key, value: value ?? null }));
  if (changed.length > 0) upsertSearchAttributes(changed);
}
