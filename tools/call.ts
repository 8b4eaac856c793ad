import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { loadConfigOrExit } from '../infra/load-config';
import { TwilioCaller, type TwimlTurn } from './twilio-caller';

const USAGE = `Usage: npm run call -- [options] ["what the caller says" ...]

Plays a phone call against the running voice edge, signing webhooks like Twilio.
Each argument is one caller turn; "#1042" presses keys instead of speaking.
With no turns, it reads the caller's lines from the terminal (empty line = silence, Ctrl-D = hang up).

Options:
  --from <E.164>   caller's number (default: a seeded demo contact, +15551042102)
  --to <E.164>     number dialled (default: the shared support line; an organisation's own line names it)
  --url <url>      voice edge base URL (default: http://127.0.0.1:$VOICE_PORT)
  --quiet          print only the agent's lines`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    from: { type: 'string', default: '+15551042102' },
    to: { type: 'string' },
    url: { type: 'string' },
    quiet: { type: 'boolean', default: false },
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
  console.error(`call failed: ${(error as Error).message}. Is \`npm start\` running?`);
  process.exit(1);
}
