import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';

export interface TwilioSettings {
  accountSid: string | undefined;
  authToken: string;
  /** Send the SDK's REST calls here instead of api.twilio.com (a local double, a proxy). */
  apiBaseUrl: string | undefined;
  fromNumber: string;
}

type TwilioRestClient = ReturnType<typeof twilio>;

/** The official SDK, with its HTTP client pointed at a configurable base URL. */
export function createTwilioRestClient(settings: TwilioSettings): TwilioRestClient | undefined {
  if (!settings.accountSid) return undefined;
  const requestClient = new twilio.RequestClient();
  if (settings.apiBaseUrl) {
    const base = settings.apiBaseUrl.replace(/\/$/, '');
    const send = requestClient.request.bind(requestClient);
    requestClient.request = <TData>(options: RequestClient.RequestOptions<TData>) =>
      send({ ...options, uri: options.uri.replace(/^https:\/\/[a-z0-9.-]*twilio\.com/, base) });
  }
  return twilio(settings.accountSid, settings.authToken, { httpClient: requestClient });
}

export interface OutboundCall {
  to: string;
  /** TwiML webhook Twilio fetches when the callee answers. */
  answerUrl: string;
  statusCallbackUrl: string;
}

export function createTwilioActivities(settings: TwilioSettings) {
  const client = createTwilioRestClient(settings);
  return {
    /** Returns the message SID, or null when Twilio is not configured (the panel event still goes out). */
    async sendSms(input: { to: string; body: string }): Promise<string | null> {
      if (!client) return null;
      const message = await client.messages.create({ to: input.to, from: settings.fromNumber, body: input.body });
      return message.sid;
    },

    /** Places an outbound call; returns its CallSid, or null when Twilio is not configured. */
    async placeCall(call: OutboundCall): Promise<string | null> {
      if (!client) return null;
      const created = await client.calls.create({
        to: call.to,
        from: settings.fromNumber,
        url: call.answerUrl,
        statusCallback: call.statusCallbackUrl,
        statusCallbackEvent: ['completed'],
        timeout: 25,
      });
      return created.sid;
    },

    /** Points a live call at new TwiML at `url`; returns the call's SID, or null when Twilio is not configured. */
    async redirectCall(callSid: string, url: string): Promise<string | null> {
      if (!client) return null;
      const updated = await client.calls(callSid).update({ url, method: 'POST' });
      return updated.sid;
    },
  };
}
