import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { parseWav, toPhoneUlaw } from './ulaw';

/**
 * The caller's voice: espeak-ng (Debian package `espeak-ng`) speaks each line into a WAV, which
 * ulaw.ts turns into 8 kHz μ-law. Installed on first use when we may (root, apt-get), else a clear
 * error with the command to run.
 */
const run = promisify(execFile);
const INSTALL_COMMAND = 'apt-get install -y espeak-ng';

export class SpeechUnavailable extends Error {
  constructor(detail: string) {
    super(`espeak-ng is needed to speak the caller's lines (${detail}); install it with: sudo ${INSTALL_COMMAND}`);
    this.name = 'SpeechUnavailable';
  }
}

function espeakInstalled(): boolean {
  return spawnSync('espeak-ng', ['--version'], { stdio: 'ignore' }).status === 0;
}

function aptGet(args: string[]): boolean {
  return (
    spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      .status === 0
  );
}

/** Idempotent: nothing happens when espeak-ng is there. `progress` hears one line before a slow install. */
export function ensureEspeak(progress: (line: string) => void = (line) => console.error(line)): void {
  if (espeakInstalled()) return;
  if (process.getuid?.() !== 0) throw new SpeechUnavailable('it is not installed and this is not root');
  progress(`installing espeak-ng with apt-get (once; about a minute)…`);
  // A fresh container has no package lists: update only when the first try finds nothing.
  const installed =
    aptGet(['install', '-y', '-q', 'espeak-ng']) || (aptGet(['update', '-q']) && aptGet(['install', '-y', '-q', 'espeak-ng']));
  if (!installed || !espeakInstalled()) throw new SpeechUnavailable('apt-get could not install it');
}

/** One line of speech as 8 kHz μ-law bytes. */
export async function speakUlaw(text: string, voice = 'en-us'): Promise<Buffer> {
  const { stdout } = await run('espeak-ng', ['-v', voice, '--stdout', '--', text], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  return toPhoneUlaw(parseWav(stdout));
}
