import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Twilio's REST API (the SDK is pointed at it with TWILIO_API_BASE_URL):
 * records the SMS and calls the product asks for and answers like Twilio does.
 */
export interface RecordedRequest {
  /** A sent message, a placed call, or an update of a live call (redirected to new TwiML). */
  kind: 'sms' | 'call' | 'callUpdate';
  params: Record<string, string>;
  /** The SID the double answered with (SM… or CA…). */
  sid: string;
}

export interface FakeTwilioApi {
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeTwilioApi(): Promise<FakeTwilioApi> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const params = Object.fromEntries(new URLSearchParams(body));
      const updated = /\/Calls\/(CA[0-9a-fA-F]{32})\.json$/.exec(request.url ?? '')?.[1];
      const kind = request.url?.endsWith('/Messages.json')
        ? 'sms'
        : request.url?.endsWith('/Calls.json')
          ? 'call'
          : updated
            ? 'callUpdate'
            : undefined;
      if (!kind) {
        response.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"not found"}');
        return;
      }
      const sid = updated ?? `${kind === 'sms' ? 'SM' : 'CA'}${String(requests.length + 1).padStart(32, '0')}`;
      requests.push({ kind, params, sid });
      response
        .writeHead(201, { 'content-type': 'application/json' })
        .end(JSON.stringify({ sid, to: params.To, from: params.From, status: 'queued' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The product's Twilio settings pointed at the double. */
export function twilioSettingsFor(api: FakeTwilioApi) {
  return { accountSid: 'AC00000000000000000000000000000000', authToken: 'token', apiBaseUrl: api.baseUrl, fromNumber: '+15550100000' };
}
