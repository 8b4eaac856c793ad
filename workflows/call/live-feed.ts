import { condition } from '@temporalio/workflow';
import type { CallTurnEvent } from '../../activities/calls/live';
import { progress } from './proxies';
import type { CallSession } from './session';

/** What the panel shows of a call beside its lines: a change here is worth an event even when nobody spoke. */
function headline(session: CallSession): string {
  const { facts } = session;
  return JSON.stringify([session.agent, facts.organization?.name, facts.contact?.name, facts.ticket?.id, session.transfer]);
}

/**
 * The call's `call.turn` events for the panel, in order: one publish at a time from a loop of its
 * own, each carrying every line and change since the one before. A gather turn asks for one when
 * it is answered; a realtime line or tool call as it lands. Requests that arrive while a publish is
 * on its way go out together in the next one, so a burst of lines is a few events, not one each.
 */
export class LiveFeed {
  private requested = false;
  private closing = false;
  private linesSent = 0;
  private headlineSent = '';
  private readonly loop: Promise<void>;

  constructor(private readonly session: CallSession) {
    this.headlineSent = headline(session);
    this.loop = this.publishWhenAsked();
  }

  /** Something the panel shows changed: it hears of it with the next publish. */
  request(): void {
    this.requested = true;
  }

  /** The call is over: what is still unannounced goes out, then the loop ends. */
  close(): Promise<void> {
    this.closing = true;
    return this.loop;
  }

  private async publishWhenAsked(): Promise<void> {
    for (;;) {
      await condition(() => this.requested || this.closing);
      if (!this.requested) return;
      this.requested = false;
      const event = this.nextEvent();
      // Best effort: a lost event only delays a refresh, which the next one or the call's end brings.
      if (event) await progress.publishCallTurn(event).catch(() => undefined);
    }
  }

  /** Lines and changes since the last event; null when there is nothing new to tell. */
  private nextEvent(): CallTurnEvent | null {
    const { session } = this;
    const now = headline(session);
    if (session.transcript.length === this.linesSent && now === this.headlineSent) return null;
    const lines = session.transcript.slice(this.linesSent).map(({ role, text }) => ({ role, text }));
    this.linesSent = session.transcript.length;
    this.headlineSent = now;
    return {
      callSid: session.input.callSid,
      turn: Math.max(session.lastTurn, 0),
      agent: session.agent,
      lines,
      organizationName: session.facts.organization?.name ?? null,
      contactName: session.facts.contact?.name ?? null,
      ticketId: session.facts.ticket?.id ?? null,
      transfer: session.transfer ?? null,
    };
  }
}
