import { ApplicationFailure, setHandler } from '@temporalio/workflow';
import { lines } from '../../domain/calls/lines';
import type { OneAtATime } from '../shared/one-at-a-time';
import type { ToolRunner } from './conversation';
import type { LiveFeed } from './live-feed';
import { endCallUpdate, takeOverUpdate, whisperUpdate } from './messages';
import { liveCall, lookups } from './proxies';
import type { CallSession } from './session';

const MAX_NOTE = 500;

/**
 * A supervisor steers a live call: each action an Update (in the history, with who did it, and in
 * the call's timeline, which every panel watching the call hears of). Refused once the call has
 * ended, so the API can say why.
 */
export function steerable(session: CallSession, oneAtATime: OneAtATime, tools: ToolRunner, feed: LiveFeed): void {
  const live = () => {
    if (session.ended || session.hungUp) throw new Error('the call has already ended');
    if (session.transfer && session.transfer.status !== 'failed') throw new Error('the call is already with a technician');
  };

  setHandler(
    whisperUpdate,
    ({ note, by }) => {
      session.whisper(note.trim(), by, Date.now());
      feed.request();
      return session.snapshot();
    },
    {
      validator: ({ note }) => {
        live();
        if (note.trim() === '' || note.length > MAX_NOTE) throw new Error(`a note is 1 to ${MAX_NOTE} characters`);
      },
    },
  );

  setHandler(
    takeOverUpdate,
    ({ supportAgentId, by }) =>
      oneAtATime.run(async () => {
        live();
        const technician = await lookups.findTechnician({ supportAgentId });
        if (!technician?.phone) throw ApplicationFailure.nonRetryable(`support agent ${supportAgentId} has no phone to transfer to`);
        session.note(`${by} took over: transferring to ${technician.name}`, Date.now());
        // The call's ticket is escalated as for any hand-over, so the technician picks up where we are.
        const reason = `supervisor ${by} handed the call to ${technician.name}`;
        await tools.run({ name: 'escalate_to_human', args: { reason } }).catch(() => undefined);
        session.learn({ escalation: { reason } });
        const named = { supportAgentId, name: technician.name };
        session.redirect = {
          say: [lines.connectingTo(technician.name)],
          next: 'transfer',
          transferTo: technician.phone,
          technician: named,
        };
        await liveCall.redirectLiveCall({ callSid: session.input.callSid, turn: session.lastTurn + 1 });
        feed.request();
        return session.snapshot();
      }),
    { validator: (_request) => live() },
  );

  setHandler(
    endCallUpdate,
    ({ by }) =>
      oneAtATime.run(async () => {
        live();
        session.note(`${by} ended the call`, Date.now());
        session.redirect = { say: [lines.endedBySupervisor()], next: 'hangup' };
        await liveCall.redirectLiveCall({ callSid: session.input.callSid, turn: session.lastTurn + 1 });
        feed.request();
        return session.snapshot();
      }),
    { validator: (_request) => live() },
  );
}
