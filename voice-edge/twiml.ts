import twilio from 'twilio';
import type { TurnReply } from '../workflows/call/messages';

const { VoiceResponse } = twilio.twiml;
const VOICE = 'Polly.Joanna';

/** Maps a workflow's reply to TwiML: speak, then listen for the next turn, transfer or hang up. */
export function replyToTwiml(reply: TurnReply, gatherActionUrl: string): string {
  const response = new VoiceResponse();
  if (reply.next === 'gather') {
    const gather = response.gather({
      input: ['speech', 'dtmf'],
      action: gatherActionUrl,
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
  if (reply.next === 'transfer' && reply.transferTo) response.dial({ timeout: 25 }, reply.transferTo);
  else response.hangup();
  return response.toString();
}

/** What a caller hears if the workflow cannot be reached: never dead air. */
export function apologyTwiml(transferTo: string): string {
  const response = new VoiceResponse();
  response.say({ voice: VOICE }, 'Sorry, our assistant is having trouble right now. Let me connect you to a technician.');
  response.dial({ timeout: 25 }, transferTo);
  return response.toString();
}
