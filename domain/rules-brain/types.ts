import type { AgentName } from '../agents/names';
import type { KbArticleDto, ToolCall, ToolName, ToolResults } from '../agents/tools';
import type { CallFacts } from '../calls/facts';
import type { UeCodePattern } from '../language/ue-code';

/** What the caller did since the last step. */
export type CallerInput = { kind: 'speech'; text: string } | { kind: 'dtmf'; digits: string } | { kind: 'silence' };

/** A finished tool call, fed back by the workflow after running the activity. */
export type ToolResultInput =
  | { [N in ToolName]: { kind: 'tool_result'; name: N; result: ToolResults[N] } }[ToolName]
  /** The activity failed for good; the brain apologises and takes another path. */
  | { kind: 'tool_error'; name: ToolName; message: string };

/** A supervisor's note on the live call, seen before the caller's next words. */
export type SupervisorNoteInput = { kind: 'supervisor_note'; text: string };

export type RulesInput = CallerInput | ToolResultInput | SupervisorNoteInput;

/**
 * What the workflow should do, in order. A step that waits for the caller always ends with
 * a `say` then a `gather`; one that waits for a tool ends with the `tool`.
 */
export type BrainAction =
  | { type: 'say'; text: string }
  | { type: 'tool'; call: ToolCall }
  | { type: 'handoff'; to: AgentName; reason: string }
  | { type: 'transfer'; reason: string }
  | { type: 'hangup' }
  | { type: 'gather' };

export type RulesPhase =
  | 'asking_ue_code'
  | 'confirming_ue_code'
  | 'asking_keypad'
  | 'finding_organization'
  | 'asking_problem'
  /** Nothing in the words decided the specialist: the knowledge base is asked whose articles match. */
  | 'triaging'
  | 'searching_kb'
  | 'troubleshooting'
  | 'asking_ticket_details'
  | 'creating_ticket'
  | 'asking_ticket_number'
  | 'checking_ticket'
  | 'changing_priority'
  | 'listing_devices'
  | 'anything_else'
  | 'escalating'
  | 'offering_callback'
  | 'scheduling_callback'
  | 'ended';

/** Phases in which the brain is waiting for a tool result rather than the caller. */
export const TOOL_PHASES = [
  'finding_organization',
  'triaging',
  'searching_kb',
  'creating_ticket',
  'checking_ticket',
  'changing_priority',
  'listing_devices',
  'escalating',
  'scheduling_callback',
] as const satisfies readonly RulesPhase[];

export type ToolPhase = (typeof TOOL_PHASES)[number];

/** Phases in which the brain is waiting for the caller. */
export type GatherPhase = Exclude<RulesPhase, ToolPhase | 'ended'>;

export function isGatherPhase(phase: RulesPhase): phase is GatherPhase {
  return phase !== 'ended' && !(TOOL_PHASES as readonly RulesPhase[]).includes(phase);
}

/** The facts of the call the rules brain reads and changes; they live in the call's CallFacts, not here. */
export type RulesFacts = Pick<
  CallFacts,
  'callerPhone' | 'organization' | 'contact' | 'problem' | 'category' | 'priority' | 'ticket' | 'resolved' | 'lastCall'
>;

/** The rules brain's own memory of a call (where the conversation stands): plain JSON, safe in workflow state. */
export interface RulesMemory {
  phase: RulesPhase;
  agent: AgentName;
  pattern: UeCodePattern;
  /** A code heard but not yet confirmed or looked up. */
  heardUeCode: string | null;
  /** Failed attempts at the code: unheard, denied on read-back, or not found. */
  ueFailures: number;
  keypadOffered: boolean;
  article: KbArticleDto | null;
  stepIndex: number;
  /** Hand the call to a person once the ticket exists (critical incidents). */
  escalateAfterTicket: boolean;
  /** A critical incident: the article found is attached for the technician, no steps are read. */
  incident: boolean;
  /** Say goodbye once the ticket exists (the caller is leaving before the problem is fixed). */
  hangUpAfterTicket: boolean;
  ticketNumberAttempts: number;
  /** The ticket number being looked up. */
  lookupTicketId: string | null;
  /** What the caller said about a ticket they named, to add to it once it is found. */
  pendingNote: string | null;
  /** The last question asked, repeated after silence or "say that again". */
  lastPrompt: string;
  silences: number;
  /** Consecutive answers the current phase could not use. */
  unclear: number;
}

/** What every phase handler works on: the brain's memory and the call's facts, as one value. */
export type RulesState = RulesMemory & RulesFacts;

/** One step inside the brain. */
export interface RulesStep {
  state: RulesState;
  actions: BrainAction[];
}

/** What the brain returns to the call: its memory, the facts it changed, what to do. */
export interface RulesTurn {
  memory: RulesMemory;
  facts: Partial<RulesFacts>;
  actions: BrainAction[];
}

export interface RulesStartOptions {
  /** The organisation-code shape; `UE` + four digits when omitted. */
  pattern?: UeCodePattern;
}
