import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Twilio's REST API (the SDK is pointed at it with TWILIO_API_BASE_URL):
 * records the SMS and calls the product asks for and answers like Twilio does. It also answers
 * reads of single calls and messages (their price, which Twilio sets after the fact) and of the
 * account (a health check).
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
  /** SIDs whose price was read, in order. */
  priceReads: string[];
  /**
   * What a read of call or message `sid` returns as its price: Twilio's negative string
   * ("-0.0085"), or null while Twilio has not priced it yet. A SID never created or priced is a 404.
   */
  setPrice(sid: string, price: string | null): void;
  close(): Promise<void>;
}

/** What the double charges for what the product creates, unless a test says otherwise. */
export const DEFAULT_SMS_PRICE = '-0.00790';
export const DEFAULT_CALL_PRICE = '-0.01400';

const RESOURCE = /\/Accounts\/(AC\w+)(?:\/(Calls|Messages)\/([^/]+))?\.json$/;

function json(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export async function startFakeTwilioApi(): Promise<FakeTwilioApi> {
  const requests: RecordedRequest[] = [];
  const priceReads: string[] = [];
  const prices = new Map<string, string | null>();

  function create(request: IncomingMessage, body: string, response: ServerResponse): void {
    const params = Object.fromEntries(new URLSearchParams(body));
    const updated = /\/Calls\/(CA[0-9a-fA-F]{32})\.json$/.exec(request.url ?? '')?.[1];
    const kind = request.url?.endsWith('/Messages.json')
      ? 'sms'
      : request.url?.endsWith('/Calls.json')
        ? 'call'
        : updated
          ? 'callUpdate'
          : undefined;
    if (!kind) return json(response, 404, { message: 'not found' });
    const sid = updated ?? `${kind === 'sms' ? 'SM' : 'CA'}${String(requests.length + 1).padStart(32, '0')}`;
    requests.push({ kind, params, sid });
    if (kind !== 'callUpdate' && !prices.has(sid)) prices.set(sid, kind === 'sms' ? DEFAULT_SMS_PRICE : DEFAULT_CALL_PRICE);
    json(response, 201, { sid, to: params.To, from: params.From, status: 'queued' });
  }

  function read(request: IncomingMessage, response: ServerResponse): void {
    const match = RESOURCE.exec(request.url ?? '');
    if (!match) return json(response, 404, { message: 'not found' });
    const [, accountSid, collection, sid] = match;
    if (!collection || !sid) return json(response, 200, { sid: accountSid, status: 'active', friendly_name: 'URackIT test' });
    priceReads.push(sid);
    if (!prices.has(sid)) return json(response, 404, { code: 20404, message: `The requested resource ${sid} was not found`, status: 404 });
    const price = prices.get(sid) ?? null;
    json(response, 200, {
      sid,
      account_sid: accountSid,
      status: collection === 'Calls' ? 'completed' : 'delivered',
      price,
      price_unit: 'USD',
    });
  }

  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => (request.method === 'GET' ? read(request, response) : create(request, body, response)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    priceReads,
    setPrice: (sid, price) => prices.set(sid, price),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The product's Twilio settings pointed at the double. */
export function twilioSettingsFor(api: FakeTwilioApi) {
  return { accountSid: 'AC00000000000000000000000000000000', authToken: 'token', apiBaseUrl: api.baseUrl, fromNumber: '+15550100000' };
}
