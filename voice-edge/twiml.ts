import twilio from 'twilio';
import type { TurnReply } from '../workflows/call/messages';

const { VoiceResponse } = twilio.twiml;
const VOICE = 'Polly.Joanna';

export interface ReplyUrls {
  /** Where the caller's next turn goes. */
  nextTurn: string;
  /** Where a transfer's <Dial> reports how it ended. */
  dialResult: string;
  /** What the person who answers a transfer hears first. */
  whisper: string;
  /** Where Twilio streams the call's audio when the realtime brain answers (wss://…/twilio/stream). */
  stream?: { url: string; parameters: Record<string, string> };
}

/**
 * Maps a workflow's reply to TwiML: speak, then listen for the next turn, hang up, or transfer
 * warmly (the technician hears the call's briefing before being connected, and a transfer nobody
 * takes comes back to the workflow instead of dropping the caller).
 */
export function replyToTwiml(reply: TurnReply, urls: ReplyUrls): string {
  const response = new VoiceResponse();
  if (reply.next === 'stream' && urls.stream) {
    for (const line of reply.say) response.say({ voice: VOICE }, line);
    // <Connect> keeps the call on the stream until the edge or the workflow moves it (a redirect).
    const stream = response.connect().stream({ url: urls.stream.url });
    for (const [name, value] of Object.entries(urls.stream.parameters)) stream.parameter({ name, value });
    return response.toString();
  }
  if (reply.next === 'gather') {
    const gather = response.gather({
      input: ['speech', 'dtmf'],
      action: urls.nextTurn,
      method: 'POST',
      speechTimeout: 'auto',
      timeout: 6,
      actionOnEmptyResult: true,
      language: 'en-US',
    });
    for (const line of reply.say) gather.say({ voice: VOICE }, line);
    return response.toString();
  }
  for (const line of reply.say) response.say({ voice: VOICE }, line);
  if (reply.next === 'transfer' && reply.transferTo) {
    response.dial({ timeout: 25, action: urls.dialResult, method: 'POST' }).number({ url: urls.whisper, method: 'POST' }, reply.transferTo);
  } else response.hangup();
  return response.toString();
}

/** The technician's side of a warm transfer: the briefing, then the caller is connected. */
export function whisperTwiml(briefing: string | null): string {
  const response = new VoiceResponse();
  if (briefing) response.say({ voice: VOICE }, briefing);
  return response.toString();
}

/** What a caller hears if the workflow cannot be reached: never dead air. */
export function apologyTwiml(transferTo: string): string {
  const response = new VoiceResponse();
  response.say({ voice: VOICE }, 'Sorry, our assistant is having trouble right now. Let me connect you to a technician.');
  response.dial({ timeout: 25 }, transferTo);
  return response.toString();
}

/**
 * Temporal did not answer in time: a short apology, then Twilio asks again at `redirectTo`. The
 * turn is not lost or doubled: it is an Update with a stable id, answered once whenever it lands.
 */
export function holdTwiml(redirectTo: string): string {
  const response = new VoiceResponse();
  response.say({ voice: VOICE }, 'Sorry, one moment please.');
  response.redirect({ method: 'POST' }, redirectTo);
  return response.toString();
}
