import { spawn, spawnSync } from 'node:child_process';
import { step } from './progress';

/** A balancer in front of N copies of a service, each on its own loopback port. */
export interface BalancedService {
  name: string;
  /** Where the balancer listens. */
  port: number;
  backends: number[];
}

function findHaproxy(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v haproxy'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function aptGet(args: string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    child.once('error', () => resolve(null));
    child.once('exit', (code) => resolve(code));
  });
}

/**
 * HAProxy from Debian's packages: used when on PATH, else installed with apt-get (once; as root
 * only, since installing system packages is not something to do behind a user's back otherwise).
 */
export async function ensureHaproxy(): Promise<string> {
  const present = findHaproxy();
  if (present) return present;
  if (process.getuid?.() !== 0) {
    throw new Error(
      'HAProxy is not installed: run `sudo apt-get install -y haproxy` (Debian/Ubuntu) or your system’s equivalent, then retry',
    );
  }
  step('installing HAProxy with apt-get (one time; Debian package `haproxy`)…');
  if ((await aptGet(['install', '-y', '--no-install-recommends', 'haproxy'])) !== 0) {
    step('apt-get install failed; refreshing the package lists (apt-get update) and trying again…');
    await aptGet(['update']);
    if ((await aptGet(['install', '-y', '--no-install-recommends', 'haproxy'])) !== 0) throw new Error('apt-get install haproxy failed');
  }
  const installed = findHaproxy();
  if (!installed) throw new Error('haproxy is still not on PATH after apt-get install');
  step(`HAProxy installed: ${installed}`);
  return installed;
}

/**
 * The balancer's configuration. Backends are checked at the TCP level on purpose: a service's
 * /health reports its dependencies too (Temporal, PostgreSQL), so during a Temporal pause or a
 * database restart every copy would look down and the balancer would answer 503 itself, where
 * the voice edge would have apologised to the caller. A copy that is gone (killed, restarting)
 * refuses connections, and then the balancer retries the request on the other copy: Twilio's
 * webhooks are safe to repeat (every turn is an Update with a stable id, deduplicated by Temporal).
 */
export function haproxyConfig(services: BalancedService[]): string {
  const sections = services.map((service) =>
    [
      `frontend ${service.name}_in`,
      `  bind 127.0.0.1:${service.port}`,
      `  default_backend ${service.name}`,
      '',
      `backend ${service.name}`,
      '  balance roundrobin',
      ...service.backends.map((port, index) => `  server ${service.name}${index + 1} 127.0.0.1:${port} check inter 500ms fall 1 rise 1`),
      '',
    ].join('\n'),
  );
  return `global
  maxconn 8192

defaults
  mode http
  timeout connect 1s
  timeout client 60s
  timeout server 60s
  timeout tunnel 1h
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response junk-response

${sections.join('\n')}`;
}
