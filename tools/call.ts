import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { loadConfigOrExit } from '../infra/load-config';
import { ensureEspeak, SpeechUnavailable, speakUlaw } from './audio/speech';
import { streamCall, type CallerTurn } from './stream-call';
import { TwilioCaller, type TwimlTurn } from './twilio-caller';

const USAGE = `Usage: npm run call -- [options] ["what the caller says" ...]

Plays a phone call against the running voice edge, signing webhooks like Twilio.
Each argument is one caller turn; "#1042" presses keys instead of speaking.
With no turns, it reads the caller's lines from the terminal (empty line = silence, Ctrl-D = hang up).

Options:
  --from <E.164>   caller's number (default: a seeded demo contact, +15551042102)
  --to <E.164>     number dialled (default: the shared support line; an organisation's own line names it)
  --url <url>      voice edge base URL (default: http://127.0.0.1:$VOICE_PORT)
  --quiet          print only the agent's lines

Media-stream mode (the realtime brain, BRAIN=realtime): the lines are spoken with espeak-ng as
8 kHz μ-law audio over Twilio Media Streams, in real time.
  --stream                  call over a media stream instead of <Gather> webhooks
  --record <file.wav>       keep what the agent said (8 kHz 16-bit PCM WAV)
  --barge-in-after-ms <ms>  start each next line this long into the agent's answer (interrupting it)
  --keys <digits>           press these keys (DTMF) after the greeting, e.g. 1042#
  --voice <name>            espeak-ng voice (default: en-us)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    from: { type: 'string', default: '+15551042102' },
    to: { type: 'string' },
    url: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    stream: { type: 'boolean', default: false },
    record: { type: 'string' },
    'barge-in-after-ms': { type: 'string' },
    keys: { type: 'string' },
    voice: { type: 'string', default: 'en-us' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

loadDotenv({ quiet: true });
const config = loadConfigOrExit('npm run call');
const caller = new TwilioCaller({
  baseUrl: values.url ?? `http://127.0.0.1:${config.VOICE_PORT}`,
  publicBaseUrl: config.PUBLIC_VOICE_URL,
  authToken: config.TWILIO_AUTH_TOKEN,
  from: values.from,
  ...(values.to ? { to: values.to } : {}),
});

const streamOptions = z.object({
  bargeInAfterMs: z.coerce.number().int().min(0).max(600_000).optional(),
  keys: z
    .string()
    .regex(/^[0-9*#]+$/, 'keys are digits, * and #')
    .optional(),
});

/** Media-stream mode: speaks the lines as audio over the <Stream> the edge answers with. */
async function callOverStream(): Promise<void> {
  const parsed = streamOptions.safeParse({ bargeInAfterMs: values['barge-in-after-ms'], keys: values.keys });
  if (!parsed.success) {
    console.error(`npm run call: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    process.exit(2);
  }
  const turns: CallerTurn[] = positionals.map((line) => (line.startsWith('#') ? { keys: line.slice(1) } : { say: line }));
  if (parsed.data.keys) turns.unshift({ keys: parsed.data.keys });
  if (turns.some((turn) => 'say' in turn)) ensureEspeak();
  // The TwiML names the public stream URL (what Twilio signs); the socket goes to the edge we were given.
  const edge = (values.url ?? `http://127.0.0.1:${config.VOICE_PORT}`).replace(/^http/, 'ws').replace(/\/$/, '');
  console.log(`calling ${caller.callSid} from ${values.from} over a media stream`);
  await streamCall({
    phone: caller,
    authToken: config.TWILIO_AUTH_TOKEN,
    streamUrl: (twimlUrl) => {
      const url = new URL(twimlUrl);
      return `${edge}${url.pathname}${url.search}`;
    },
    turns,
    voice: (text) => speakUlaw(text, values.voice),
    ...(parsed.data.bargeInAfterMs === undefined ? {} : { bargeInAfterMs: parsed.data.bargeInAfterMs }),
    ...(values.record ? { recordPath: values.record } : {}),
    log: (line) => console.log(line),
  });
  console.log(`call ended; see it in the panel and in the Temporal UI as workflow call-${caller.callSid}`);
}

function show(turn: TwimlTurn): void {
  if (turn.status !== 200) console.log(`  (voice edge answered HTTP ${turn.status})`);
  for (const line of turn.say) console.log(`\u001b[32magent \u001b[0m ${line}`);
  if (turn.dial) console.log(`\u001b[33m→ transferred to ${turn.dial}\u001b[0m`);
  if (turn.hangup) console.log('\u001b[33m→ the agent hung up\u001b[0m');
}

function speak(line: string): Promise<TwimlTurn> {
  if (!values.quiet) console.log(`\u001b[36mcaller\u001b[0m ${line || '(silence)'}`);
  if (line.startsWith('#')) return caller.press(line.slice(1));
  return line ? caller.say(line) : caller.silence();
}

async function* callerLines(): AsyncGenerator<string> {
  if (positionals.length > 0) {
    yield* positionals;
    return;
  }
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    while (true) yield await terminal.question('you> ');
  } catch {
    // Ctrl-D ends the call.
  } finally {
    terminal.close();
  }
}

try {
  if (values.stream) {
    await callOverStream();
    process.exit(0);
  }
  console.log(`calling ${caller.callSid} from ${values.from}`);
  let turn = await caller.dial();
  show(turn);
  for await (const line of callerLines()) {
    if (!turn.gatherAction) break;
    turn = await speak(line);
    show(turn);
  }
  await caller.hangUp('completed');
  console.log(`call ended; see it in the panel and in the Temporal UI as workflow call-${caller.callSid}`);
} catch (error) {
  if (error instanceof SpeechUnavailable) console.error(`call not placed: ${error.message}`);
  else console.error(`call failed: ${(error as Error).message}. Is \`npm start\` running?`);
  process.exit(1);
}
