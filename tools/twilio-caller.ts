import { randomBytes } from 'node:crypto';
import twilio from 'twilio';

/**
 * Plays Twilio against the voice edge: signs each webhook exactly as Twilio does and follows the
 * TwiML it gets back. The one Twilio double, shared by the `npm run call` CLI, tests and benchmarks.
 */
export interface TwimlTurn {
  say: string[];
  gatherAction?: string;
  /** The number a <Dial> rings. */
  dial?: string;
  /** Where the <Dial> reports how it ended, and what the person who answers hears first. */
  dialAction?: string;
  whisperUrl?: string;
  hangup: boolean;
  /** <Connect><Stream>: where Twilio would open the media stream, and the <Parameter>s it carries. */
  stream?: { url: string; parameters: Record<string, string> };
  status: number;
  /** Where a <Redirect> sends Twilio next. */
  redirect?: string;
  /** How many "one moment" redirects Twilio followed to get this TwiML. */
  holds: number;
}

export interface TwilioCallerOptions {
  /** Where the voice edge listens, e.g. http://127.0.0.1:8080. */
  baseUrl: string;
  authToken: string;
  /** The URL Twilio would have used (PUBLIC_VOICE_URL); defaults to baseUrl. */
  publicBaseUrl?: string;
  from: string;
  to?: string;
  callSid?: string;
  /**
   * Tries after the first when the voice edge cannot be reached or answers 5xx, as Twilio does for
   * webhooks with connection overrides (`#rc=…&rp=all`); 0 by default.
   */
  retries?: number;
  /**
   * How long one webhook may take, all tries together, before Twilio gives up on it (the call then
   * ends in an application error: here status 0). Twilio's default total time is 15 s (`tt`); unset,
   * the double waits as long as the answer takes.
   */
  webhookTimeoutMs?: number;
  /**
   * How long Twilio speaks the `<Say>`s of TwiML that `<Redirect>`s before it follows the redirect
   * (a held caller hears "one moment" first); unset, redirects are followed at once.
   */
  playbackMs?: (say: readonly string[]) => number;
  /** Told every webhook attempt's HTTP status (0: no connection, no response). */
  observe?: (path: string, status: number) => void;
}

/** Twilio follows at most this many <Redirect>s in a row (a guard against a loop). */
const MAX_REDIRECTS = 30;

export function newCallSid(): string {
  return `CA${randomBytes(16).toString('hex')}`;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function parseTwiml(xml: string, status: number): TwimlTurn {
  const say = [...xml.matchAll(/<Say[^>]*>([\s\S]*?)<\/Say>/g)].map((match) => decodeXml(match[1] ?? ''));
  const action = /<Gather[^>]*\baction="([^"]*)"/.exec(xml)?.[1];
  const dial = /<Dial([^>]*)>([\s\S]*?)<\/Dial>/.exec(xml);
  const attribute = (tag: string | undefined, name: string) => {
    const value = tag ? new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] : undefined;
    return value === undefined ? undefined : decodeXml(value);
  };
  const number = dial ? /<Number([^>]*)>([\s\S]*?)<\/Number>/.exec(dial[2] ?? '') : null;
  return {
    say,
    gatherAction: action ? decodeXml(action) : undefined,
    dial: dial ? decodeXml(number ? (number[2] ?? '') : (dial[2] ?? '')).trim() : undefined,
    dialAction: attribute(dial?.[1], 'action'),
    whisperUrl: attribute(number?.[1], 'url'),
    hangup: /<Hangup\s*\/>/.test(xml),
    stream: parseStream(xml),
    status,
    redirect: /<Redirect[^>]*>([\s\S]*?)<\/Redirect>/.exec(xml)?.[1]?.trim().replace(/&amp;/g, '&'),
    holds: 0,
  };
}

function parseStream(xml: string): TwimlTurn['stream'] {
  const stream = /<Connect>\s*<Stream\b([^>]*)>([\s\S]*?)<\/Stream>/.exec(xml);
  const url = stream ? /\burl="([^"]*)"/.exec(stream[1] ?? '')?.[1] : undefined;
  if (!stream || url === undefined) return undefined;
  const parameters = [...(stream[2] ?? '').matchAll(/<Parameter\s+name="([^"]*)"\s+value="([^"]*)"\s*\/>/g)].map(
    ([, name, value]) => [decodeXml(name ?? ''), decodeXml(value ?? '')] as const,
  );
  return { url: decodeXml(url), parameters: Object.fromEntries(parameters) };
}

export class TwilioCaller {
  readonly callSid: string;
  private nextAction: string | undefined;
  private readonly startedAt = Date.now();

  constructor(private readonly options: TwilioCallerOptions) {
    this.callSid = options.callSid ?? newCallSid();
  }

  /** Signs and posts one webhook; `signature` overrides the computed one (to test refusals). */
  async post(path: string, params: Record<string, string>, signature?: string): Promise<{ status: number; body: string }> {
    const publicUrl = `${(this.options.publicBaseUrl ?? this.options.baseUrl).replace(/\/$/, '')}${path}`;
    const body = { AccountSid: 'AC00000000000000000000000000000000', CallSid: this.callSid, ...params };
    const retries = this.options.retries ?? 0;
    const timeout = this.options.webhookTimeoutMs;
    const giveUpAt = timeout === undefined ? Number.POSITIVE_INFINITY : Date.now() + timeout;
    for (let attempt = 0; ; attempt += 1) {
      const left = giveUpAt - Date.now();
      const answer = await fetch(`${this.options.baseUrl.replace(/\/$/, '')}${path}`, {
        method: 'POST',
        ...(Number.isFinite(left) ? { signal: AbortSignal.timeout(Math.max(1, left)) } : {}),
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': signature ?? twilio.getExpectedTwilioSignature(this.options.authToken, publicUrl, body),
        },
        body: new URLSearchParams(body).toString(),
      }).then(
        async (response) => ({ status: response.status, body: await response.text() }),
        () => ({ status: 0, body: '' }),
      );
      this.options.observe?.(path, answer.status);
      const failed = answer.status === 0 || answer.status >= 500;
      const backoffMs = 250 * (attempt + 1);
      if (!failed || attempt >= retries || Date.now() + backoffMs >= giveUpAt) return answer;
      await new Promise((resolve) => setTimeout(resolve, backoffMs));
    }
  }

  /** The parameters Twilio posts to a <Redirect> URL: the call's own, no caller input. */
  private callParams(status: string): Record<string, string> {
    return { From: this.options.from, To: this.options.to ?? '+15550100000', Direction: 'inbound', CallStatus: status };
  }

  /** Posts a webhook and follows <Redirect>s as Twilio does; what was said on the way is kept in front. */
  private async follow(path: string, params: Record<string, string>): Promise<TwimlTurn> {
    let { status, body } = await this.post(path, params);
    let turn = parseTwiml(body, status);
    const said: string[] = [];
    let holds = 0;
    while (turn.redirect && !turn.gatherAction && holds < MAX_REDIRECTS) {
      said.push(...turn.say);
      holds += 1;
      const playback = this.options.playbackMs?.(turn.say) ?? 0;
      if (playback > 0) await new Promise((resolve) => setTimeout(resolve, playback));
      ({ status, body } = await this.post(turn.redirect, this.callParams('in-progress')));
      turn = parseTwiml(body, status);
    }
    turn = { ...turn, say: [...said, ...turn.say], holds };
    this.nextAction = turn.gatherAction;
    return turn;
  }

  /** The phone rings: Twilio's incoming-call webhook. */
  dial(): Promise<TwimlTurn> {
    return this.follow('/twilio/voice', {
      From: this.options.from,
      To: this.options.to ?? '+15550100000',
      Direction: 'inbound',
      CallStatus: 'ringing',
    });
  }

  private gather(params: Record<string, string>): Promise<TwimlTurn> {
    if (!this.nextAction) throw new Error('the call is not waiting for input (no <Gather> in the last TwiML)');
    return this.follow(this.nextAction, params);
  }

  say(text: string): Promise<TwimlTurn> {
    return this.gather({ SpeechResult: text, Confidence: '0.92' });
  }

  press(digits: string): Promise<TwimlTurn> {
    return this.gather({ Digits: digits });
  }

  silence(): Promise<TwimlTurn> {
    return this.gather({});
  }

  /**
   * The technician picks up a warm transfer: Twilio fetches the whisper TwiML for their leg (a new
   * call SID, this call as its parent) and plays it to them before connecting the caller.
   */
  async answerTransfer(transfer: TwimlTurn): Promise<TwimlTurn> {
    if (!transfer.whisperUrl) throw new Error('the last TwiML does not transfer with a whisper');
    const { status, body } = await this.post(transfer.whisperUrl, {
      CallSid: newCallSid(),
      ParentCallSid: this.callSid,
      Direction: 'outbound-dial',
    });
    return parseTwiml(body, status);
  }

  /** The transfer's <Dial> ended (the technician and caller hung up, or nobody answered). */
  transferEnded(transfer: TwimlTurn, outcome: 'completed' | 'busy' | 'no-answer' | 'failed' | 'canceled'): Promise<TwimlTurn> {
    if (!transfer.dialAction) throw new Error('the last TwiML has no <Dial action>');
    return this.follow(transfer.dialAction, { DialCallStatus: outcome });
  }

  /** Twilio fetches new TwiML because the call was redirected through the REST API (`calls(sid).update({ url })`). */
  redirected(url: string): Promise<TwimlTurn> {
    const { pathname, search } = new URL(url, this.options.baseUrl);
    return this.follow(`${pathname}${search}`, {});
  }

  /** The same gather delivered again, as Twilio does when a response is slow. */
  get pendingAction(): string | undefined {
    return this.nextAction;
  }

  /** Twilio's status callback when the call ends. */
  async hangUp(status: 'completed' | 'busy' | 'failed' | 'no-answer' | 'canceled' = 'completed'): Promise<number> {
    const duration = Math.max(1, Math.round((Date.now() - this.startedAt) / 1000));
    const { status: code } = await this.post('/twilio/status', {
      CallStatus: status,
      CallDuration: String(duration),
    });
    return code;
  }
}
