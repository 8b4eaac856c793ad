import type { ToolCall } from '../../domain/agents/tools';
import type { ToolContext } from '../../activities/calls/tools';
import type { CallSession } from './session';
import { runTool } from './tools';

/** What a brain decides for one caller turn. */
export interface BrainReply {
  say: string[];
  next: 'gather' | 'transfer' | 'hangup';
}

/**
 * Runs tools for either brain and folds their results into the session's facts (who is calling,
 * which ticket, whether a human takes over), so a brain switch mid-call loses nothing.
 */
export class ToolRunner {
  constructor(private readonly session: CallSession) {}

  context(): ToolContext {
    const { session } = this;
    return {
      callSid: session.input.callSid,
      callerPhone: session.input.direction === 'inbound' ? session.input.from : session.input.to,
      organizationId: session.organization?.id ?? session.contact?.organization?.id,
      contactId: session.contact?.id,
      transferNumber: session.input.transferNumber,
      problem: session.problem,
      category: session.category,
    };
  }

  async run(call: ToolCall): Promise<unknown> {
    const now = Date.now();
    if (call.name === 'handoff') {
      this.session.handOff(call.args.to, call.args.reason, now);
      this.session.toolCalled(call.name, call.args, true, now);
      return { to: call.args.to };
    }
    try {
      const result = await runTool(call, this.context());
      this.session.toolCalled(call.name, call.args, true, Date.now());
      this.absorb(call, result);
      return result;
    } catch (error) {
      this.session.toolCalled(call.name, call.args, false, Date.now());
      throw error;
    }
  }

  private absorb(call: Exclude<ToolCall, { name: 'handoff' }>, result: unknown): void {
    const { session } = this;
    switch (call.name) {
      case 'identify_organization':
        if (result) session.organization = result as NonNullable<typeof session.organization>;
        break;
      case 'find_contact_by_phone':
        if (result) {
          session.contact = result as NonNullable<typeof session.contact>;
          session.organization ??= session.contact.organization ?? undefined;
        }
        break;
      case 'search_kb': {
        const [best] = result as Array<{ category: NonNullable<typeof session.category> }>;
        if (best) session.category ??= best.category;
        break;
      }
      case 'create_ticket':
        session.ticketId = (result as { id: string }).id;
        session.category = call.args.category;
        break;
      case 'escalate_to_human':
        session.escalated = (result as { accepted: boolean }).accepted;
        session.escalationReason = call.args.reason;
        break;
      case 'schedule_callback':
        session.callbackScheduled = (result as { scheduled: boolean }).scheduled;
        break;
      default:
        break;
    }
  }
}
