import type { Client, Connection } from '@temporalio/client';
import express, { type Express, type Request, type Response } from 'express';
import { effectiveBrain, type Config } from '../domain/config';
import { healthReport } from '../infra/http-health';
import { SpanKind } from '@opentelemetry/api';
import type { Logger } from '../infra/logger';
import { inSpan } from '../infra/tracing';
import {
  createCallMetrics,
  createProcessMetrics,
  httpMetrics,
  metricsHandler,
  requireMetricsToken,
  type ProcessMetrics,
} from '../infra/metrics';
import { temporalReachable } from '../infra/temporal';
import { createCallGateway, toCallerTurn, type CallGateway } from './calls';
import { publicUrl, requireTwilioSignature, type SignatureSettings } from './signature';
import { streamUrl } from './stream/upgrade';
import { holdUrl, isTransientTemporalError, holdsSoFar, webhookFields, withinDeadline } from './hold';
import { apologyTwiml, holdTwiml, replyToTwiml, whisperTwiml, type ReplyUrls } from './twiml';
import { callWorkflowId, type CallEndStatus } from '../workflows/call/messages';
import { ZCallbackQuery, ZDialResult, ZGatherQuery, ZGatherResult, ZIncomingCall, ZStatusCallback, ZWhisperRequest } from './twilio-params';

export interface VoiceEdgeDeps {
  config: Config;
  temporal: { client: Client; connection: Connection };
  logger: Logger;
  /** Tests may substitute the gateway; by default it talks to Temporal. */
  calls?: CallGateway;
  /** The process's Prometheus registry; by default one of the app's own. */
  metrics?: ProcessMetrics;
}

function sendTwiml(response: Response, twiml: string): void {
  response.type('text/xml').send(twiml);
}

const FINAL_STATUSES: readonly CallEndStatus[] = ['completed', 'busy', 'failed', 'no-answer', 'canceled'];
function isFinalStatus(status: string): status is CallEndStatus {
  return (FINAL_STATUSES as readonly string[]).includes(status);
}

function replyUrls(nextTurn: number, stream?: ReplyUrls['stream']): ReplyUrls {
  return {
    nextTurn: `/twilio/gather?turn=${nextTurn}`,
    dialResult: `/twilio/gather?turn=${nextTurn}&dial=1`,
    whisper: '/twilio/whisper',
    ...(stream ? { stream } : {}),
  };
}

export function twilioSignatureSettings(config: Config): SignatureSettings {
  return {
    authToken: config.TWILIO_AUTH_TOKEN,
    publicBaseUrl: config.PUBLIC_VOICE_URL,
    skipOnLoopback: config.TWILIO_SKIP_SIGNATURE_ON_LOOPBACK,
  };
}

/** The voice edge relays Twilio to the CallWorkflow and decides nothing itself. */
export function createVoiceApp(deps: VoiceEdgeDeps): Express {
  const { config, logger } = deps;
  const calls = deps.calls ?? createCallGateway(deps.temporal.client, config.TEMPORAL_TASK_QUEUE);
  const signatureSettings = twilioSignatureSettings(config);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);
  app.set('etag', false); // Twilio never revalidates TwiML: hashing every reply was wasted CPU
  const metrics = deps.metrics ?? createProcessMetrics('voice-edge');
  const callMetrics = createCallMetrics(metrics);
  app.use(httpMetrics(metrics));
  app.get('/metrics', requireMetricsToken(config.METRICS_TOKEN), metricsHandler(metrics));

  app.get('/health', async (_request, response) => {
    const { status, body } = await healthReport(async () => ({
      temporal: await temporalReachable(deps.temporal.connection),
    }));
    response.status(status).json(body);
  });

  const twilioRoutes = express.Router();
  twilioRoutes.use(express.urlencoded({ extended: false, limit: '64kb' }));
  twilioRoutes.use(requireTwilioSignature(signatureSettings));

  /** A caller is on the line: past the deadline they hear "one moment" (see relay) rather than silence. */
  const answered = <T>(work: Promise<T>) => withinDeadline(work, config.VOICE_TEMPORAL_DEADLINE_MS);

  /** Temporal cannot answer yet (paused, a failed workflow task): "one moment", and Twilio asks again. */
  const held = (request: Request, error: unknown, callSid: string | undefined): string | undefined => {
    const holds = holdsSoFar(request);
    if (!isTransientTemporalError(error) || holds >= config.VOICE_MAX_HOLDS) return undefined;
    logger.warn(
      { path: request.path, callSid, holds: holds + 1, reason: (error as Error).message },
      'Temporal cannot answer yet; holding the caller',
    );
    return holdTwiml(holdUrl(request));
  };

  // What the caller waits for: each webhook's time to its TwiML, by outcome (ok, hold, apology, rejected).
  const relay =
    (kind: 'greeting' | 'turn', handler: (request: Request) => Promise<string>) => async (request: Request, response: Response) => {
      const timer = callMetrics.turnSeconds.startTimer({ kind });
      const callSid = typeof request.body?.CallSid === 'string' ? request.body.CallSid : undefined;
      try {
        // The webhook's span: the Update it sends carries it to the workflow (infra/tracing.ts).
        const attributes = { 'twilio.call_sid': callSid, 'http.route': request.path };
        sendTwiml(response, await inSpan(`twilio ${kind}`, attributes, () => handler(request), SpanKind.SERVER));
        timer({ outcome: 'ok' });
        if (kind === 'greeting') callMetrics.callsStarted.inc();
      } catch (error) {
        if ((error as { name?: string }).name === 'ZodError') {
          timer({ outcome: 'rejected' });
          response.status(400).type('text/plain').send('malformed Twilio request');
          return;
        }
        const hold = held(request, error, callSid);
        if (hold) {
          sendTwiml(response, hold);
          timer({ outcome: 'hold' });
          return;
        }
        logger.error(
          { err: error, path: request.path, callSid, workflowId: callSid ? callWorkflowId(callSid) : undefined },
          'call relay failed',
        );
        sendTwiml(response, apologyTwiml(config.HUMAN_TRANSFER_NUMBER));
        timer({ outcome: 'apology' });
      }
    };

  twilioRoutes.post(
    '/voice',
    relay('greeting', async (request) => {
      const call = ZIncomingCall.parse(webhookFields(request));
      const { callback } = ZCallbackQuery.parse(request.query);
      const reply = await answered(
        calls.greet({
          callSid: call.CallSid,
          from: call.From,
          to: call.To,
          direction: call.Direction.startsWith('outbound') ? 'outbound' : 'inbound',
          brain: effectiveBrain(config),
          ueCodePattern: config.UE_CODE_PATTERN,
          transferNumber: config.HUMAN_TRANSFER_NUMBER,
          callback: callback ? { callbackId: callback, reason: 'a callback you asked for' } : undefined,
        }),
      );
      // The stream carries the call's identity, so the edge that takes it needs nothing else.
      const base = publicUrl(signatureSettings, request.protocol, request.get('host') ?? '', '');
      const parameters = { callSid: call.CallSid, from: call.From, to: call.To };
      return replyToTwiml(reply, replyUrls(reply.turn + 1, { url: streamUrl(base), parameters }));
    }),
  );

  twilioRoutes.post(
    '/gather',
    relay('turn', async (request) => {
      const query = ZGatherQuery.parse(request.query);
      const body = webhookFields(request);
      const fields = ZGatherResult.parse(body);
      const turn = query.dial
        ? { turn: query.turn, kind: 'dialResult' as const, outcome: ZDialResult.parse(body).DialCallStatus }
        : query.redirect
          ? { turn: query.turn, kind: 'redirect' as const }
          : toCallerTurn(query.turn, fields);
      const reply = await answered(calls.turn(fields.CallSid, turn));
      return replyToTwiml(reply, replyUrls(reply.turn + 1));
    }),
  );

  // The technician answered a warm transfer: they hear the briefing, then Twilio connects the caller.
  // Without a briefing (the call's workflow cannot be asked) the technician is simply connected.
  twilioRoutes.post('/whisper', async (request, response) => {
    const parsed = ZWhisperRequest.safeParse(request.body);
    if (!parsed.success) {
      response.status(400).type('text/plain').send('malformed Twilio whisper request');
      return;
    }
    const briefing = await calls.briefing(parsed.data.ParentCallSid).catch((error: unknown) => {
      logger.warn({ err: error, callSid: parsed.data.ParentCallSid }, 'no briefing for a transfer');
      return null;
    });
    sendTwiml(response, whisperTwiml(briefing));
  });

  twilioRoutes.post('/status', async (request, response) => {
    const parsed = ZStatusCallback.safeParse(request.body);
    if (!parsed.success) {
      response.status(400).type('text/plain').send('malformed Twilio status callback');
      return;
    }
    const { CallSid, CallStatus, CallDuration } = parsed.data;
    const callback = ZCallbackQuery.safeParse(request.query).data?.callback;
    if (callback && isFinalStatus(CallStatus)) await calls.callbackOutcome(callback, CallSid, CallStatus);
    if (isFinalStatus(CallStatus)) {
      await calls.ended(CallSid, { status: CallStatus, durationSeconds: CallDuration });
    }
    response.status(204).end();
  });

  app.use('/twilio', twilioRoutes);
  return app;
}
