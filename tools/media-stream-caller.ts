import twilio from 'twilio';
import WebSocket from 'ws';

/**
 * Plays Twilio's side of a Media Stream against the voice edge: opens the WebSocket with Twilio's
 * signature for the stream URL, sends connected/start/media/dtmf/stop as Twilio does, and keeps what
 * the edge sends back (media, mark, clear). Marks are echoed when the caller "hears" the audio
 * before them: at once, or when the test says (`hearUpTo`), to test barge-in.
 */
export type EdgeMessage =
  | { event: 'media'; streamSid: string; media: { payload: string } }
  | { event: 'mark'; streamSid: string; mark: { name: string } }
  | { event: 'clear'; streamSid: string };

export interface StreamCallerOptions {
  /** The <Stream url> from the TwiML, e.g. ws://127.0.0.1:8080/twilio/stream. */
  url: string;
  authToken: string;
  callSid: string;
  parameters: Record<string, string>;
  /** The URL Twilio signs: the <Stream url> as the TwiML gave it, when the socket connects elsewhere (default: url). */
  signedUrl?: string;
  /** Overrides the computed X-Twilio-Signature (null: send none), to test refusals. */
  signature?: string | null;
  /** Echo marks at once (the audio "played" instantly); off: only when hearUpTo says. */
  autoPlay?: boolean;
}

export class MediaStreamCaller {
  readonly received: EdgeMessage[] = [];
  readonly streamSid = `MZ${'0'.repeat(30)}01`;
  private marksEchoed = 0;
  /** The marks' names as they came (kept apart from `received`, so echoing one costs the same at the end of a long call). */
  private readonly markNames: string[] = [];
  private chunk = 0;
  private readonly listeners: Array<() => void> = [];
  /** Called with each audio frame as it arrives (the benchmark times the relay with it). */
  onAudio: ((payload: string) => void) | undefined;
  /** Called with every message from the edge (the call simulator plays audio out and echoes marks with it). */
  onMessage: ((message: EdgeMessage) => void) | undefined;

  private constructor(
    private readonly socket: WebSocket,
    private readonly options: StreamCallerOptions,
  ) {
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as EdgeMessage;
      this.received.push(message);
      if (message.event === 'mark') this.markNames.push(message.mark.name);
      if (message.event === 'media') this.onAudio?.(message.media.payload);
      this.onMessage?.(message);
      if (message.event === 'mark' && options.autoPlay !== false) this.echoMarks();
      for (const listener of [...this.listeners]) listener();
    });
  }

  /** Opens the stream; rejects with the HTTP status when the edge refuses the upgrade. */
  static connect(options: StreamCallerOptions): Promise<MediaStreamCaller> {
    const signature =
      options.signature === undefined
        ? twilio.getExpectedTwilioSignature(options.authToken, options.signedUrl ?? options.url, {})
        : options.signature;
    const socket = new WebSocket(options.url, { headers: signature === null ? {} : { 'x-twilio-signature': signature } });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new MediaStreamCaller(socket, options)));
      socket.once('unexpected-response', (_request, response) => {
        reject(new UpgradeRefused(response.statusCode ?? 0));
        socket.terminate();
      });
      socket.once('error', reject);
    });
  }

  private send(message: Record<string, unknown>): void {
    this.socket.send(JSON.stringify(message));
  }

  start(): void {
    this.send({ event: 'connected', protocol: 'Call', version: '1.0.0' });
    this.send({
      event: 'start',
      sequenceNumber: '1',
      streamSid: this.streamSid,
      start: {
        streamSid: this.streamSid,
        callSid: this.options.callSid,
        accountSid: 'AC00000000000000000000000000000000',
        tracks: ['inbound'],
        customParameters: this.options.parameters,
        mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 },
      },
    });
  }

  /** One frame of the caller's audio (base64 μ-law). */
  sendAudio(payload: string): void {
    this.chunk += 1;
    this.send({
      event: 'media',
      streamSid: this.streamSid,
      media: { track: 'inbound', chunk: String(this.chunk), timestamp: String(this.chunk * 20), payload },
    });
  }

  press(digit: string): void {
    this.send({ event: 'dtmf', streamSid: this.streamSid, dtmf: { track: 'inbound_track', digit } });
  }

  stop(): void {
    this.send({
      event: 'stop',
      streamSid: this.streamSid,
      stop: { accountSid: 'AC00000000000000000000000000000000', callSid: this.options.callSid },
    });
    this.socket.close();
  }

  /** The audio frames the edge sent, in order. */
  get audio(): string[] {
    return this.received.flatMap((message) => (message.event === 'media' ? [message.media.payload] : []));
  }

  get marks(): string[] {
    return [...this.markNames];
  }

  /** The caller has heard the first `count` marks' worth of audio: those marks go back to the edge. */
  hearUpTo(count: number): void {
    const marks = this.markNames;
    for (; this.marksEchoed < Math.min(count, marks.length); this.marksEchoed++) {
      this.send({
        event: 'mark',
        streamSid: this.streamSid,
        sequenceNumber: String(this.marksEchoed),
        mark: { name: marks[this.marksEchoed] },
      });
    }
  }

  private echoMarks(): void {
    this.hearUpTo(this.markNames.length);
  }

  /** Resolves once the edge has sent something that satisfies `done`. */
  until(done: (caller: MediaStreamCaller) => boolean): Promise<void> {
    if (done(this)) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (!done(this)) return;
        this.listeners.splice(this.listeners.indexOf(check), 1);
        resolve();
      };
      this.listeners.push(check);
    });
  }

  get closed(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => this.socket.once('close', () => resolve()));
  }
}

export class UpgradeRefused extends Error {
  constructor(readonly status: number) {
    super(`the voice edge refused the media stream with HTTP ${status}`);
    this.name = 'UpgradeRefused';
  }
}
