import type { ContactDto, OrganizationDto, TicketSummary, ToolArgs, ToolName, ToolResults } from '../agents/tools';
import type { KbCategory } from '../kb/categories';
import type { TicketPriority } from '../tickets/codes';

/**
 * What a call has established, in one place: owned by the CallWorkflow's session, read by every
 * brain, changed only by what brains return and by the results of the tools they call. A brain
 * switch mid-call (model to rules) therefore loses nothing and copies nothing.
 */
export interface CallFacts {
  /** The customer's number: the caller's on an inbound call, the callee's on a callback we placed. */
  callerPhone: string;
  organization: OrganizationDto | null;
  contact: ContactDto | null;
  /** The problem in the caller's words, once a brain has heard one described. */
  problem: string | null;
  category: KbCategory | null;
  /** How urgent the problem is, by the rubric: the priority its ticket gets (or got, or was changed to). */
  priority: TicketPriority | null;
  /** The call's ticket: opened on it, or an existing one the caller named by number. */
  ticket: TicketSummary | null;
  /** A person takes the call over: why (set once someone accepted). */
  escalation: { reason: string } | null;
  callbackScheduled: boolean;
  resolved: boolean;
  /** Knowledge-base articles whose steps the caller was given, for whoever takes over. */
  articlesTried: string[];
  /** Supervisors' notes, which the agent takes into account from its next turn. */
  whispers: string[];
  /** The caller's previous call, when we know who they are: "I see you called about the printer yesterday". */
  lastCall: { category: string | null; ticketId: string | null; hoursBefore: number } | null;
}

export function initialCallFacts(call: { direction: 'inbound' | 'outbound'; from: string; to: string }): CallFacts {
  return {
    callerPhone: call.direction === 'inbound' ? call.from : call.to,
    organization: null,
    contact: null,
    problem: null,
    category: null,
    priority: null,
    ticket: null,
    escalation: null,
    callbackScheduled: false,
    resolved: false,
    articlesTried: [],
    whispers: [],
    lastCall: null,
  };
}

/** A tool that ran, with what it returned: discriminated by `name`, so args and result narrow together. */
export type ToolOutcome = { [N in ToolName]: { name: N; args: ToolArgs<N>; result: ToolResults[N] } }[ToolName];

const HOUR_MS = 60 * 60 * 1000;

/** The one place a tool's result becomes a fact about the call, whichever brain called it (`now`: workflow time). */
export function factsFromTool(facts: CallFacts, done: ToolOutcome, now: number): Partial<CallFacts> {
  switch (done.name) {
    case 'identify_organization':
    case 'identify_organization_by_line':
      return done.result ? { organization: done.result } : {};
    case 'find_contact_by_phone':
      return done.result ? { contact: done.result, organization: facts.organization ?? done.result.organization } : {};
    case 'search_kb': {
      const [best] = done.result;
      const articlesTried = best && !facts.articlesTried.includes(best.title) ? [...facts.articlesTried, best.title] : facts.articlesTried;
      return { problem: facts.problem ?? done.args.query, category: facts.category ?? best?.category ?? null, articlesTried };
    }
    case 'create_ticket':
      return {
        ticket: done.result,
        category: done.args.category,
        priority: done.args.priority,
        problem: facts.problem ?? done.args.description,
      };
    case 'get_ticket_status':
      // A ticket the caller named is the call's ticket: more about it updates it rather than opening a second.
      return done.result && facts.ticket === null ? { ticket: done.result } : {};
    case 'change_ticket_priority':
      return done.result ? { ticket: done.result, priority: done.result.priority } : {};
    case 'classify':
      return { priority: done.result.priority, category: facts.category ?? done.result.category };
    case 'escalate_to_human':
      return { ticket: done.result.ticket, ...(done.result.accepted ? { escalation: { reason: done.args.reason } } : {}) };
    case 'schedule_callback':
      return { callbackScheduled: done.result.scheduled };
    case 'get_caller_history': {
      const [last] = done.result;
      if (!last) return {};
      const hoursBefore = Math.max(0, Math.round((now - Date.parse(last.startedAt)) / HOUR_MS));
      return { lastCall: { category: last.category, ticketId: last.ticketId, hoursBefore } };
    }
    default:
      return {};
  }
}
