import { WithStartWorkflowOperation, WorkflowNotFoundError, type Client } from '@temporalio/client';
import {
  callEndedSignal,
  callerTurnUpdate,
  callWorkflowId,
  type CallEnded,
  type CallerTurn,
  type CallStartInput,
  type TurnReply,
  transferBriefingQuery,
  realtimeContextQuery,
  realtimeFailedUpdate,
  realtimeKeysUpdate,
  realtimeLineSignal,
  realtimeToolUpdate,
  realtimeUsageSignal,
  type RealtimeAgentContext,
  type RealtimeKeys,
  type RealtimeKeysReply,
  type RealtimeLine,
  type RealtimeToolReply,
  type RealtimeToolRequest,
  type RealtimeUsage,
} from '../workflows/call/messages';
import { callbackOutcomeSignal, callbackWorkflowId, type CallbackOutcome } from '../workflows/callback/messages';

/** The edge's only contact with Temporal: start-or-continue a call, relay a turn, report the end. */
export interface CallGateway {
  greet(input: CallStartInput): Promise<TurnReply>;
  turn(callSid: string, turn: CallerTurn): Promise<TurnReply>;
  ended(callSid: string, ended: CallEnded): Promise<void>;
  /** How an outbound callback attempt ended, for its CallbackWorkflow. */
  callbackOutcome(callbackId: number, callSid: string, outcome: CallbackOutcome): Promise<void>;
  /** What the technician hears before a transferred caller is put through (null: nothing to say). */
  briefing(callSid: string): Promise<string | null>;
  /** The realtime brain's side of a streamed call: everything it learns or does goes to the CallWorkflow. */
  realtime: RealtimeGateway;
}

export interface RealtimeGateway {
  context(callSid: string): Promise<RealtimeAgentContext>;
  tool(callSid: string, request: RealtimeToolRequest): Promise<RealtimeToolReply>;
  keys(callSid: string, keys: RealtimeKeys): Promise<RealtimeKeysReply>;
  line(callSid: string, line: RealtimeLine): Promise<void>;
  usage(callSid: string, usage: RealtimeUsage): Promise<void>;
  failed(callSid: string, reason: string): Promise<void>;
}

/** Each message names what it is (the model's call id, the key's number): a retry is the same Update. */
function createRealtimeGateway(client: Client): RealtimeGateway {
  const handle = (callSid: string) => client.workflow.getHandle(callWorkflowId(callSid));
  return {
    context: (callSid) => handle(callSid).query(realtimeContextQuery),
    tool: (callSid, request) => handle(callSid).executeUpdate(realtimeToolUpdate, { args: [request], updateId: `tool-${request.callId}` }),
    keys: (callSid, keys) => handle(callSid).executeUpdate(realtimeKeysUpdate, { args: [keys], updateId: `keys-${keys.seq}` }),
    line: (callSid, line) => handle(callSid).signal(realtimeLineSignal, line),
    usage: (callSid, usage) => handle(callSid).signal(realtimeUsageSignal, usage),
    failed: (callSid, reason) => handle(callSid).executeUpdate(realtimeFailedUpdate, { args: [{ reason }], updateId: 'realtime-failed' }),
  };
}

/** Temporal deduplicates Updates by id: a Twilio retry of turn N is answered with turn N's result. */
function turnUpdateId(turn: number): string {
  return `turn-${turn}`;
}

export function createCallGateway(client: Client, taskQueue: string): CallGateway {
  return {
    realtime: createRealtimeGateway(client),
    async greet(input) {
      // Update-with-start on USE_EXISTING: a retried incoming-call webhook reaches the same workflow
      // and gets the same greeting back (turn 0 is answered once and cached).
      const start = new WithStartWorkflowOperation('callWorkflow', {
        workflowId: callWorkflowId(input.callSid),
        taskQueue,
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
        staticSummary: `${input.callback ? 'Callback to' : 'Call from'} ${input.direction === 'inbound' ? input.from : input.to}`,
      });
      return client.workflow.executeUpdateWithStart(callerTurnUpdate, {
        args: [{ turn: 0, kind: 'start' }],
        updateId: turnUpdateId(0),
        startWorkflowOperation: start,
      });
    },
    turn(callSid, turn) {
      return client.workflow
        .getHandle(callWorkflowId(callSid))
        .executeUpdate(callerTurnUpdate, { args: [turn], updateId: turnUpdateId(turn.turn) });
    },
    async callbackOutcome(callbackId, callSid, outcome) {
      await client.workflow.getHandle(callbackWorkflowId(callbackId)).signal(callbackOutcomeSignal, { callSid, outcome });
    },
    briefing(callSid) {
      return client.workflow.getHandle(callWorkflowId(callSid)).query(transferBriefingQuery);
    },
    async ended(callSid, ended) {
      try {
        await client.workflow.getHandle(callWorkflowId(callSid)).signal(callEndedSignal, ended);
      } catch (error) {
        // A status callback for a call that already finished (or never started) has nothing to update.
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      }
    },
  };
}

/** Twilio's gather fields → the caller's turn: keys win over speech, nothing heard is silence. */
export function toCallerTurn(turn: number, fields: { SpeechResult?: string; Digits?: string; Confidence?: number }): CallerTurn {
  const digits = fields.Digits?.trim();
  if (digits) return { turn, kind: 'dtmf', digits };
  const text = fields.SpeechResult?.trim();
  if (text) return { turn, kind: 'speech', text, confidence: fields.Confidence };
  return { turn, kind: 'silence' };
}
